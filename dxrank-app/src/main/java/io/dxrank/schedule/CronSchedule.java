package io.dxrank.schedule;

import java.util.List;
import java.util.Locale;

/**
 * The {@code schedule} of a job file: a crontab(5) time specification, checked when the job file is read
 * because crontab refuses to install a file with one bad line.
 * <pre>
 *   CronSchedule.problem("30 2 * * 1-5")   // null: fine
 *   CronSchedule.problem("30 25 * * *")    // "hour '25' (allowed: ...)"
 * </pre>
 */
final class CronSchedule {

    private static final String[] CRON_FIELDS = {"minute", "hour", "day of month", "month", "day of week"};
    private static final int[][] CRON_RANGES = {{0, 59}, {0, 23}, {1, 31}, {1, 12}, {0, 7}};
    private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
            "oct", "nov", "dec");
    private static final List<String> DAYS = List.of("sun", "mon", "tue", "wed", "thu", "fri", "sat");

    private CronSchedule() {
    }

    /**
     * Why a schedule is not a crontab(5) time specification (five fields of *, numbers in range, a-b ranges,
     * /steps, comma lists, month and weekday names), or null when it is one.
     */
    static String problem(String schedule) {
        String[] fields = schedule.trim().split("\\s+");
        if (fields.length != 5) {
            return fields.length + " field(s)";
        }
        for (int i = 0; i < 5; i++) {
            for (String item : fields[i].split(",", -1)) {
                if (!cronItemOk(item.toLowerCase(Locale.ROOT), i)) {
                    return CRON_FIELDS[i] + " '" + fields[i] + "' (allowed: *, " + CRON_RANGES[i][0] + "-"
                            + CRON_RANGES[i][1] + ", ranges a-b, steps /n, lists a,b"
                            + (i == 3 ? ", jan-dec" : i == 4 ? ", sun-sat" : "") + ")";
                }
            }
        }
        return null;
    }

    private static boolean cronItemOk(String item, int field) {
        String range = item;
        int slash = item.indexOf('/');
        if (slash >= 0) {
            if (!item.substring(slash + 1).matches("[0-9]{1,2}") || Integer.parseInt(item.substring(slash + 1)) == 0) {
                return false;
            }
            range = item.substring(0, slash);
        }
        if (range.equals("*")) {
            return true;
        }
        String[] ends = range.split("-", -1);
        if (ends.length > 2) {
            return false;
        }
        int low = cronValue(ends[0], field);
        int high = ends.length == 2 ? cronValue(ends[1], field) : low;
        return low >= 0 && high >= low;
    }

    /** A field's value (a number in range, or a month or weekday name), or -1. */
    private static int cronValue(String v, int field) {
        int n;
        if (v.matches("[0-9]{1,2}")) {
            n = Integer.parseInt(v);
        } else if (field == 3 && MONTHS.contains(v)) {
            n = MONTHS.indexOf(v) + 1;
        } else if (field == 4 && DAYS.contains(v)) {
            n = DAYS.indexOf(v);
        } else {
            return -1;
        }
        return n >= CRON_RANGES[field][0] && n <= CRON_RANGES[field][1] ? n : -1;
    }
}
