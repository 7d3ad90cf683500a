/**
 * The national gazetteer: every administrative unit of Vietnam before and after the 1 July 2025 reform, and the
 * lineage from old communes to new ones, built from the official registers in ../shared/reference/vn-admin-units.
 */
package io.dxrank.reference;
