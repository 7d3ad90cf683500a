#!/usr/bin/env python3
"""Builds a folder of hostile and broken inputs beside one good plan (issue 21's bars), standard library only.

Usage: bench/hostile.py OUT_DIR GOOD_PLAN OTHER_PLAN [OTHER_PLAN ...]
Writes OUT_DIR/good/ (the good plan alone) and OUT_DIR/hostile/ (the good plan and every hostile kind below), and
OUT_DIR/kinds.csv (file name, kind) so that bench/hostile.sh can tell what each row of plans.csv was.
The other plans are real plans, used for the copies in other encodings and formats (never the good plan itself,
whose facts must come out the same as when it is alone).
"""
import csv
import os
import random
import shutil
import sys
import unicodedata
import zipfile
import zlib

CONTENT_TYPES = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                 '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                 '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                 '<Default Extension="xml" ContentType="application/xml"/>'
                 '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
                 'wordprocessingml.document.main+xml"/></Types>')
RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        'officeDocument" Target="word/document.xml"/></Relationships>')
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


# real plans in another encoding, format or file name, and an HTML page: each must be read (ok, with statements)
READABLE = {'plan-cp1258.txt', 'plan-utf16le-nobom.txt', 'plan-two-formats.docx', 'plan-two-formats.txt', 'script.html',
            'name\nwith\tcontrol\x1bchars.txt'}


def xml_escape(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


def docx_xml(lines, doctype=''):
    body = ''.join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % xml_escape(l) for l in lines)
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>%s<w:document %s><w:body>%s</w:body>'
            '</w:document>' % (doctype, W, body))


def write_docx(path, document_xml):
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
        z.writestr('[Content_Types].xml', CONTENT_TYPES)
        z.writestr('_rels/.rels', RELS)
        z.writestr('word/document.xml', document_xml)


def zip_bomb_docx(path, inflated_bytes):
    """A docx whose document.xml inflates to inflated_bytes of one repeated paragraph (about 1000:1)."""
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr('[Content_Types].xml', CONTENT_TYPES)
        z.writestr('_rels/.rels', RELS)
        with z.open('word/document.xml', 'w', force_zip64=True) as f:
            f.write(('<?xml version="1.0" encoding="UTF-8"?><w:document %s><w:body><w:p><w:r><w:t>' % W).encode())
            chunk = b'A' * (1 << 20)
            for _ in range(inflated_bytes >> 20):
                f.write(chunk)
            f.write(b'</w:t></w:r></w:p></w:body></w:document>')


def xlsx_bomb(path, inflated_bytes):
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr('[Content_Types].xml',
                   '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/'
                   '2006/content-types"><Default Extension="xml" ContentType="application/xml"/>'
                   '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                   '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.'
                   'spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="'
                   'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>')
        z.writestr('_rels/.rels',
                   '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/'
                   'package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
                   'officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
        z.writestr('xl/workbook.xml',
                   '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/'
                   'spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/'
                   'relationships"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>')
        z.writestr('xl/_rels/workbook.xml.rels',
                   '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/'
                   'package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
                   'officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>')
        with z.open('xl/worksheets/sheet1.xml', 'w', force_zip64=True) as f:
            f.write(b'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/'
                    b'spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>')
            chunk = b'9' * (1 << 20)
            for _ in range(inflated_bytes >> 20):
                f.write(chunk)
            f.write(b'</t></is></c></row></sheetData></worksheet>')


def cp1258(text):
    """Vietnamese as Windows-1258 writes it: the letter in its code page, the tone as a combining mark after it."""
    out = bytearray()
    for c in text:
        try:
            out += c.encode('cp1258')
        except UnicodeEncodeError:
            parts = unicodedata.normalize('NFD', c)
            tones = ''.join(m for m in parts if m in '\u0300\u0301\u0303\u0309\u0323')
            base = unicodedata.normalize('NFC', ''.join(m for m in parts if m not in tones))
            out += (base + tones).encode('cp1258', errors='replace')
    return bytes(out)


def pdf(objects):
    """A PDF from its numbered objects (bytes each, object 1 the catalog), with a correct cross-reference table."""
    out = bytearray(b'%PDF-1.4\n')
    offsets = []
    for i, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b'%d 0 obj\n' % i + body + b'\nendobj\n'
    xref = len(out)
    out += b'xref\n0 %d\n0000000000 65535 f \n' % (len(objects) + 1)
    for off in offsets:
        out += b'%010d 00000 n \n' % off
    out += b'trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objects) + 1, xref)
    return bytes(out)


def pdf_pages(pages):
    """A valid PDF of `pages` pages that all draw one small content stream."""
    content = b'BT /F1 12 Tf 72 720 Td (Ke hoach chuyen doi so) Tj ET'
    kids = b' '.join(b'%d 0 R' % (5 + i) for i in range(pages))
    objects = [b'<< /Type /Catalog /Pages 2 0 R >>',
               b'<< /Type /Pages /Kids [' + kids + b'] /Count %d >>' % pages,
               b'<< /Length %d >>\nstream\n' % len(content) + content + b'\nendstream',
               b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>']
    for _ in range(pages):
        objects.append(b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 3 0 R'
                       b' /Resources << /Font << /F1 4 0 R >> >> >>')
    return pdf(objects)


def pdf_bomb(inflated_bytes):
    """One page whose content stream inflates to inflated_bytes of text-drawing operators."""
    op = b'BT /F1 12 Tf 72 720 Td (99,9%) Tj ET\n'
    z = zlib.compressobj(9)
    parts = []
    block = op * ((1 << 20) // len(op))
    for _ in range(inflated_bytes // len(block)):
        parts.append(z.compress(block))
    parts.append(z.flush())
    data = b''.join(parts)
    return pdf([b'<< /Type /Catalog /Pages 2 0 R >>',
                b'<< /Type /Pages /Kids [5 0 R] /Count 1 >>',
                b'<< /Length %d /Filter /FlateDecode >>\nstream\n' % len(data) + data + b'\nendstream',
                b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
                b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 3 0 R'
                b' /Resources << /Font << /F1 4 0 R >> >> >>'])


def main():
    out, good, others = sys.argv[1], sys.argv[2], sys.argv[3:]
    if len(others) < 4:
        sys.exit('hostile.py: give the good plan and at least four other real plans')
    rnd = random.Random(20250701)
    shutil.rmtree(out, ignore_errors=True)
    alone, hostile = os.path.join(out, 'good'), os.path.join(out, 'hostile')
    os.makedirs(alone)
    os.makedirs(hostile)
    shutil.copyfile(good, os.path.join(alone, 'good-plan.txt'))
    kinds = []

    def put(name, kind, data):
        with open(os.path.join(hostile, name), 'wb') as f:
            f.write(data)
        kinds.append((name, kind))

    text = [open(p, encoding='utf-8').read() for p in others]
    good_bytes = open(good, 'rb').read()
    put('good-plan.txt', 'good plan', good_bytes)
    put('good-plan (1).txt', 'byte-identical copy of the good plan', good_bytes)
    put('good-plan - Copy.txt', 'second byte-identical copy of the good plan', good_bytes)
    put('empty.txt', 'empty file', b'')
    put('binary.txt', 'binary content named .txt', bytes(rnd.randrange(256) for _ in range(65536)))
    put('plan-cp1258.txt', 'legacy encoding Windows-1258', cp1258(text[0]))
    put('plan-utf16le-nobom.txt', 'UTF-16LE without byte order mark', text[1].encode('utf-16-le'))
    docx_path = os.path.join(hostile, 'plan-two-formats.docx')
    write_docx(docx_path, docx_xml(text[2].split('\n')))
    kinds.append(('plan-two-formats.docx', 'one plan as .docx ...'))
    put('plan-two-formats.txt', '... and the same plan as .txt', text[2].encode('utf-8'))
    whole = open(docx_path, 'rb').read()
    put('truncated.docx', 'truncated docx (half of a zip)', whole[:len(whole) // 2])
    bomb = os.path.join(hostile, 'zip-bomb.docx')
    zip_bomb_docx(bomb, 1 << 30)
    kinds.append(('zip-bomb.docx', 'zip bomb: document.xml inflates to 1 GB'))
    put('xxe.docx', 'XML external entity reading /etc/passwd', b'')
    write_docx(os.path.join(hostile, 'xxe.docx'), docx_xml(['Kế hoạch chuyển đổi số năm 2024 &xxe;'],
               '<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>').replace('&amp;xxe;', '&xxe;'))
    laughs = '<!DOCTYPE w:document [<!ENTITY l0 "ha">' + ''.join(
        '<!ENTITY l%d "%s">' % (i, ('&l%d;' % (i - 1)) * 10) for i in range(1, 10)) + ']>'
    put('billion-laughs.docx', 'XML entity expansion (billion laughs)', b'')
    write_docx(os.path.join(hostile, 'billion-laughs.docx'),
               docx_xml(['Tỷ lệ &l9;'], laughs).replace('&amp;l9;', '&l9;'))
    xlsx_bomb(os.path.join(hostile, 'xlsx-bomb.xlsx'), 1 << 30)
    kinds.append(('xlsx-bomb.xlsx', 'zip bomb: a sheet that inflates to 1 GB'))
    put('pdf-bomb.pdf', 'PDF decompression bomb (a page inflating to 1 GB)', pdf_bomb(1 << 30))
    put('pages-10000.pdf', 'PDF of 10,000 pages', pdf_pages(10000))
    put('truncated.pdf', 'truncated PDF', pdf_pages(3)[:400])
    put('nested.html', 'HTML nested 100,000 deep',
        ('<html><body>' + '<div>' * 100000 + 'Tỷ lệ hồ sơ trực tuyến đạt 45%' + '</div>' * 100000
         + '</body></html>').encode('utf-8'))
    put('script.html', 'HTML whose figures hide in script and style',
        ('<html><head><style>p{width:100%}</style><script>var x = "Tỷ lệ 99%";</script></head><body><p>'
         'Xã Tân Lập năm 2024: tỷ lệ hồ sơ trực tuyến đạt 61,5%.</p></body></html>').encode('utf-8'))
    sentence = 'Tỷ lệ hồ sơ giải quyết trực tuyến toàn trình đạt 45,5% so với cùng kỳ năm 2024. '
    put('one-line-19mb.txt', 'one 19 MB line repeating one sentence',
        (sentence * (19_000_000 // len(sentence.encode('utf-8')))).encode('utf-8'))
    put('backtracking.txt', 'long runs of digits, dots, commas and spaces (regex backtracking)',
        ('Kế hoạch chuyển đổi số năm 2024\n' + '9 ' * 200_000 + '\n' + '1.' * 200_000 + '\n' + ',' * 200_000
         + '\n' + '1,1 ' * 100_000 + '\n' + '9' * 400_000 + '%\n' + ' ' * 400_000 + '\n').encode('utf-8'))
    put('too-large.txt', 'a file over the 20 MB limit', b'x' * (21 << 20))
    put('injection.csv', 'indicator table with spreadsheet formulas in its cells',
        ('Đơn vị,Chỉ tiêu,Năm,Giá trị\n=cmd|\' /C calc\'!A0,Tỷ lệ hồ sơ trực tuyến,2024,45\n'
         '+SUM(1;2),"=HYPERLINK(""http://x"")",2024,@x\n').encode('utf-8'))
    put('unclosed-quote.csv', 'CSV table with an unclosed quote', 'Đơn vị,Giá trị\n"Xã A,45\n'.encode('utf-8'))
    put('name\nwith\tcontrol\x1bchars.txt', 'file name with a newline, a tab and an escape character',
        text[3].encode('utf-8'))
    put('.hidden-lock.txt', 'hidden file', text[3].encode('utf-8'))
    put('legacy.doc', 'legacy Word .doc (OLE container, not read)', b'\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1' + b'\0' * 4096)
    os.symlink('/etc/passwd', os.path.join(hostile, 'link-out.txt'))
    kinds.append(('link-out.txt', 'symlink leaving the input folder'))
    os.symlink('missing-target.txt', os.path.join(hostile, 'dangling.txt'))
    kinds.append(('dangling.txt', 'symlink that leads nowhere'))
    with open(os.path.join(out, 'kinds.csv'), 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f)
        w.writerow(['file', 'kind', 'expect'])
        for name, kind in kinds:
            w.writerow([name, kind, 'good' if name == 'good-plan.txt' else 'readable' if name in READABLE else 'hostile'])
    print('hostile.py: %d files in %s (%d kinds besides the good plan)' % (len(kinds), hostile, len(kinds) - 1))


if __name__ == '__main__':
    main()
