#!/usr/bin/env python3
"""Independent generator of synthetic Vietnamese local digital-transformation (CĐS) documents
with exact ground truth. Standard library only. See README.md.

python3 gen.py --docs 400 --seed 7 --out corpus
"""
import argparse, csv, os, random, re, unicodedata
from collections import Counter

REF = '/work/shared/reference/vn-admin-units'

# ---------------------------------------------------------------- numbers
def vn_int(n):
    s = str(int(n))
    out = ''
    while len(s) > 3:
        out = '.' + s[-3:] + out
        s = s[:-3]
    return s + out

def vn_num(x, dec=0):
    """Vietnamese formatting: thousands '.', decimal ','."""
    if dec == 0:
        return vn_int(round(x))
    s = ('%.' + str(dec) + 'f') % x
    i, d = s.split('.')
    d = d.rstrip('0')
    return vn_int(int(i)) + (',' + d if d else '')

def val_str(x):
    """Truth value: '.' decimal, no trailing zeros."""
    if abs(x - round(x)) < 1e-9:
        return str(int(round(x)))
    return ('%.4f' % x).rstrip('0').rstrip('.')

def lead0(n):
    return '%02d' % n if n < 10 else str(n)

# ---------------------------------------------------------------- admin units
def strip_prefix(name):
    for p in ('Thành phố ', 'Thị xã ', 'Thị trấn ', 'Huyện ', 'Quận ', 'Phường ', 'Xã ', 'Tỉnh ', 'Thủ đô ', 'tỉnh ', 'thành phố '):
        if name.startswith(p):
            return name[len(p):]
    return name

def load_units():
    old_w, old_d = [], []
    with open(os.path.join(REF, 'danhmuchanhchinh.gso.gov.vn_ward_2025-07-18.csv'), encoding='utf-8-sig') as f:
        for r in csv.DictReader(f):
            if r['Quận Huyện'].startswith('Quận'):
                continue
            old_w.append((r['Tên'], r['Cấp'], r['Quận Huyện'], r['Tỉnh / Thành Phố']))
    with open(os.path.join(REF, 'danhmuchanhchinh.gso.gov.vn_district_2025-07-18.csv'), encoding='utf-8-sig') as f:
        for r in csv.DictReader(f):
            if r['Cấp'] in ('Huyện', 'Thị xã', 'Thành phố'):
                old_d.append((r['Tên'], r['Cấp'], r['Tỉnh / Thành Phố']))
    old_p = sorted({d[2] for d in old_d})
    new_w = []
    with open(os.path.join(REF, 'sapnhap.bando.com.vn_ward_2025-07-17.csv'), encoding='utf-8') as f:
        for r in csv.DictReader(f):
            if r['loai'] not in ('xã', 'phường'):
                continue
            new_w.append((r['tenhc'], r['loai'], r['tentinh'], r['dansonguoi'], r['dientichkm2']))
    new_p = []
    with open(os.path.join(REF, 'sapnhap.bando.com.vn_province_2025-07-17.csv'), encoding='utf-8') as f:
        for r in csv.DictReader(f):
            new_p.append((r['tentinh'], r['dansonguoi'], r['dientichkm2']))
    return old_w, old_d, old_p, new_w, new_p

def prov_short(p):
    p = p.replace('Thủ đô ', '').replace('tỉnh ', '').replace('thành phố ', '')
    return strip_prefix(p)

def prov_written(p):
    s = prov_short(p)
    if s in ('Hà Nội', 'Hồ Chí Minh', 'Hải Phòng', 'Đà Nẵng', 'Cần Thơ', 'Huế'):
        return 'thành phố ' + s
    return 'tỉnh ' + s

LEVEL = {'Xã': 'xa', 'Phường': 'phuong', 'Thị trấn': 'thi_tran', 'xã': 'xa', 'phường': 'phuong',
         'Huyện': 'huyen', 'Thị xã': 'thi_xa', 'Thành phố': 'thanh_pho'}

# ---------------------------------------------------------------- indicator catalogue
# percent indicators: concept, pillar, subject phrase (reads after "x%" and after "Tỷ lệ"), realistic actual range
PCT = [
    ('online public services share', 'government', 'thủ tục hành chính đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình', (60, 100)),
    ('online admin procedure dossiers share', 'government', 'hồ sơ thủ tục hành chính được tiếp nhận, giải quyết trực tuyến', (30, 96)),
    ('admin procedure dossiers digitized share', 'data', 'hồ sơ thủ tục hành chính được số hóa kết quả giải quyết', (60, 100)),
    ('signed outgoing documents share', 'government', 'văn bản đi được ký số, gửi nhận trên môi trường mạng', (85, 100)),
    ('work records processed online share', 'government', 'hồ sơ công việc được xử lý trên môi trường mạng', (70, 100)),
    ('on-time dossier resolution share', 'government', 'hồ sơ thủ tục hành chính được giải quyết đúng và trước hạn', (90, 100)),
    ('officials using document management system share', 'government', 'cán bộ, công chức sử dụng phần mềm quản lý văn bản và điều hành', (90, 100)),
    ('online fee payment share', 'government', 'hồ sơ có thanh toán phí, lệ phí trực tuyến', (20, 80)),
    ('adults with e-payment account share', 'economy', 'người dân trong độ tuổi trưởng thành có tài khoản thanh toán điện tử', (50, 90)),
    ('cashless payment share', 'economy', 'giao dịch thanh toán không dùng tiền mặt tại cơ sở y tế, trường học', (40, 95)),
    ('schools with cashless fee collection share', 'economy', 'trường học thu học phí không dùng tiền mặt', (70, 100)),
    ('OCOP products on e-commerce share', 'economy', 'sản phẩm OCOP được đưa lên sàn thương mại điện tử', (50, 100)),
    ('businesses using e-invoice share', 'economy', 'doanh nghiệp, hộ kinh doanh sử dụng hóa đơn điện tử', (85, 100)),
    ('social benefits paid cashless share', 'economy', 'đối tượng bảo trợ xã hội nhận trợ cấp qua tài khoản', (50, 100)),
    ('households with fiber broadband share', 'infrastructure', 'hộ gia đình có kết nối Internet băng rộng cáp quang', (60, 98)),
    ('villages with 4G coverage share', 'infrastructure', 'thôn, bản, khu phố được phủ sóng di động 4G', (85, 100)),
    ('officials with work computer share', 'infrastructure', 'cán bộ, công chức được trang bị máy tính phục vụ công việc', (90, 100)),
    ('agencies connected to specialized data network share', 'infrastructure', 'cơ quan nhà nước kết nối mạng truyền số liệu chuyên dùng', (90, 100)),
    ('adults with smartphone share', 'society', 'người dân trưởng thành sử dụng điện thoại thông minh', (70, 95)),
    ('population with VNeID account share', 'society', 'người dân có tài khoản định danh điện tử VNeID mức độ 2', (60, 95)),
    ('e-health record population share', 'society', 'người dân có hồ sơ sức khỏe điện tử', (50, 98)),
    ('population with basic digital skills share', 'society', 'người dân được phổ cập kỹ năng số cơ bản', (30, 80)),
    ('officials trained in digital skills share', 'workforce', 'cán bộ, công chức được tập huấn, bồi dưỡng kỹ năng số', (60, 100)),
    ('computers with anti-malware share', 'security', 'máy tính của cơ quan nhà nước được cài đặt phần mềm phòng chống mã độc', (80, 100)),
    ('information systems with approved security level share', 'security', 'hệ thống thông tin được phê duyệt hồ sơ đề xuất cấp độ an toàn thông tin', (50, 100)),
    ('villages with DX loudspeaker propaganda share', 'awareness', 'thôn, khu dân cư tuyên truyền về chuyển đổi số trên hệ thống loa truyền thanh', (70, 100)),
    ('shared databases connected share', 'data', 'cơ sở dữ liệu dùng chung được kết nối, chia sẻ với hệ thống của tỉnh', (40, 100)),
]
PCT_BY = {p[0]: p for p in PCT}
PILLAR_ORDER = ['awareness', 'institution', 'infrastructure', 'workforce', 'security', 'government', 'data', 'economy', 'society']
PILLAR_VI = {'awareness': 'Nhận thức số', 'institution': 'Thể chế số', 'infrastructure': 'Hạ tầng số',
             'workforce': 'Nhân lực số', 'security': 'An toàn thông tin mạng', 'government': 'Chính quyền số',
             'data': 'Dữ liệu số', 'economy': 'Kinh tế số', 'society': 'Xã hội số'}

# count indicators: concept, pillar, unit, noun phrase, commune range, scaling kind ('s' small events, 'b' big)
CNT = [
    ('community digital technology teams', 'society', 'community_digital_teams', 'Tổ công nghệ số cộng đồng', (4, 25), 'b'),
    ('digital skills training classes', 'workforce', 'classes', 'lớp tập huấn kỹ năng số', (1, 5), 's'),
    ('DX dissemination conferences', 'awareness', 'meetings', 'hội nghị quán triệt, phổ biến về chuyển đổi số', (1, 4), 's'),
    ('DX news posts', 'awareness', 'news_posts', 'tin, bài tuyên truyền về chuyển đổi số', (20, 300), 'b'),
    ('digital signatures issued', 'government', 'digital_signatures', 'chứng thư số chuyên dùng', (10, 120), 'b'),
    ('BTS stations', 'infrastructure', 'bts_stations', 'trạm BTS', (2, 15), 'b'),
    ('online admin procedure dossiers count', 'government', 'dossiers', 'hồ sơ trực tuyến', (300, 5000), 'b'),
    ('VNeID accounts activated', 'society', 'accounts', 'tài khoản định danh điện tử được kích hoạt', (800, 9000), 'b'),
    ('public Wi-Fi points', 'infrastructure', 'wifi_points', 'điểm phát Wi-Fi công cộng miễn phí', (2, 20), 'b'),
    ('security cameras', 'infrastructure', 'cameras', 'camera giám sát an ninh trật tự', (10, 120), 'b'),
    ('video conference points', 'infrastructure', 'video_conference_points', 'điểm cầu họp trực tuyến', (1, 8), 'b'),
    ('DX zalo groups', 'awareness', 'zalo_groups', 'nhóm Zalo thông tin đến từng khu dân cư', (5, 60), 'b'),
    ('households on e-commerce platforms', 'economy', 'households', 'hộ sản xuất, kinh doanh tham gia sàn thương mại điện tử', (10, 300), 'b'),
    ('people guided on online public services', 'society', 'people', 'lượt người dân được hướng dẫn sử dụng dịch vụ công trực tuyến', (200, 5000), 'b'),
    ('DX directive documents issued', 'institution', 'documents', 'văn bản chỉ đạo, điều hành về chuyển đổi số', (2, 10), 's'),
    ('cashless payment points', 'economy', 'payment_points', 'điểm chấp nhận thanh toán bằng mã QR', (20, 400), 'b'),
]
CNT_BY = {c[0]: c for c in CNT}
SCALE = {'commune': (1, 1), 'district': (6, 2), 'province': (60, 4)}

# target round values
TGT_PCT = [100, 100, 100, 95, 90, 90, 85, 80, 80, 75, 70, 60, 50]


class Doc:
    """A document as a list of (text, [truth dicts]) lines; blank lines are explicit ''."""
    def __init__(self):
        self.lines = []
        self.fam = Counter()
        self.used = {}

    def add(self, text, truths=()):
        for t in truths:
            if t['quote'] not in text:
                q2 = t['quote'][0].upper() + t['quote'][1:]
                if q2 in text:
                    t['quote'] = q2
            assert t['quote'] in text, (t['quote'], text)
        self.lines.append((text, list(truths)))

    def take(self, rng, cands, key, k):
        """k random candidates whose concept is not yet used for this (kind, year, period) key."""
        used = self.used.setdefault(key, set())
        free = [c for c in cands if c[0] not in used]
        out = rng.sample(free, min(k, len(free)))
        for c in out:
            used.add(c[0])
        return out

    def blank(self):
        self.lines.append(('', []))

    def ntruth(self):
        return sum(len(t) for _, t in self.lines)


class Gen:
    def __init__(self, rng, units):
        self.r = rng
        self.old_w, self.old_d, self.old_p, self.new_w, self.new_p = units
        self.fam_total = Counter()

    # ---------------------------------------------------------- helpers
    def pick(self, seq):
        return self.r.choice(seq)

    def pct_actual(self, rngx):
        lo, hi = rngx
        if self.r.random() < 0.25 and hi >= 100:
            return 100.0, 0
        x = self.r.uniform(lo, min(hi, 99.9))
        dec = self.r.choice([0, 1, 1, 2])
        x = round(x, dec)
        return x, dec

    def pct_target(self, rngx):
        lo, hi = rngx
        cands = [v for v in TGT_PCT if (lo + hi) / 2 <= v <= 100] or [100]
        return float(self.r.choice(cands)), 0

    def cnt_val(self, c, scope):
        lo, hi = c[4]
        f = SCALE[scope][0 if c[5] == 'b' else 1]
        n = self.r.randint(lo, hi) * f
        if n > 1000 and self.r.random() < 0.7:
            n = self.r.randint(lo * f, hi * f)
        return n

    def T(self, kind, year, period, value, unit, concept, quote, fam, comparator='eq', value_high=None, den=None):
        return dict(kind=kind, year=year, period=period, value=val_str(value),
                    value_high='' if value_high is None else val_str(value_high), unit=unit,
                    denominator='' if den is None else val_str(den), comparator=comparator,
                    concept=concept, quote=quote, fam=fam)

    # ---------------------------------------------------------- percent phrasings
    def pct_phrase(self, ind, kind, year, period, style=None):
        """Return (fragment, [truth]) for a percent indicator."""
        concept, pillar, subj, rngx = ind
        r = self.r
        if kind == 'actual':
            style = style or r.choice(['dat', 'dat', 'dat_tyle', 'gan', 'tren_a', 'vs_plan', 'khoang', 'bare_a', 'bare_a'])
            v, d = self.pct_actual(rngx)
            vs = vn_num(v, d)
            if style == 'dat':
                frag = 'tỷ lệ %s đạt %s%%' % (subj, vs)
                return frag, [self.T(kind, year, period, v, 'percent', concept, frag, 'dat_x_pct')]
            if style == 'dat_tyle':
                frag = 'Tỷ lệ %s là %s%%' % (subj, vs)
                return frag, [self.T(kind, year, period, v, 'percent', concept, frag, 'ty_le_la_x_pct')]
            if style == 'gan':
                v = float(r.choice([100, 100, 90, 80]))
                frag = 'gần %s%% %s' % (vn_num(v), subj)
                return frag, [self.T(kind, year, period, v, 'percent', concept, frag, 'gan_x_pct', 'approx')]
            if style == 'khoang':
                v = float(r.randint(int(rngx[0]), int(min(rngx[1], 99))))
                frag = 'khoảng %s%% %s' % (vn_num(v), subj)
                return frag, [self.T(kind, year, period, v, 'percent', concept, frag, 'khoang_x_pct', 'approx')]
            if style == 'tren_a':
                v = float(r.randint(int(rngx[0]), int(min(rngx[1], 99))))
                frag = 'trên %s%% %s' % (vn_num(v), subj)
                return frag, [self.T(kind, year, period, v, 'percent', concept, frag, 'tren_x_pct', 'ge')]
            if style == 'hien_nay':
                frag = 'Hiện nay, %s %% %s' % (vs, subj)
                q = '%s %% %s' % (vs, subj)
                return frag, [self.T(kind, year, period, v, 'percent', concept, q, 'hien_nay_x_space_pct')]
            if style == 'bare_a':
                frag = '%s%% %s' % (vs, subj)
                return frag, [self.T(kind, year, period, v, 'percent', concept, frag, 'x_pct_subject')]
            if style == 'vs_plan':
                t, _ = self.pct_target(rngx)
                sp = r.choice([' ', ''])
                rel = 'vượt' if v >= t else 'chưa đạt'
                if v >= t and r.random() < 0.3:
                    rel = 'đạt'
                q1 = 'tỷ lệ %s đạt %s%%' % (subj, vs)
                q2 = 'kế hoạch đề ra %s%s%%' % (vn_num(t), sp)
                frag = '%s, %s %s' % (q1, rel, q2)
                return frag, [self.T(kind, year, period, v, 'percent', concept, q1, 'dat_x_pct'),
                              self.T('target', year, period if period in ('Y',) else 'Y', t, 'percent', concept, q2, 'ke_hoach_de_ra_x_pct')]
        else:
            style = style or r.choice(['bare', 'bare', 'phan_dau', 'toi_thieu', 'tren', 'it_nhat', 'tro_len', 'range', 'tyle_dat'])
            v, d = self.pct_target(rngx)
            vs = vn_num(v, d)
            if style == 'range' and rngx[0] >= 60:
                style = 'bare'
            if style == 'range' or (style in ('tren', 'toi_thieu', 'tro_len', 'it_nhat') and v >= 100):
                if style == 'range':
                    a = float(r.choice([x for x in (15, 20, 30, 40, 50, 60, 70) if rngx[0] - 10 <= x <= rngx[1] - 10] or [20]))
                    b = a + r.choice([5, 10])
                    frag = '%s-%s%% %s' % (vn_num(a), vn_num(b), subj)
                    return frag, [self.T(kind, year, period, a, 'percent', concept, frag, 'range_a_b_pct', 'range', b)]
                style = 'bare'
            if style == 'bare':
                frag = '%s%% %s' % (vs, subj)
                return frag, [self.T(kind, year, period, v, 'percent', concept, frag, 'x_pct_subject')]
            if style == 'phan_dau':
                q = '%s%% %s' % (vs, subj)
                frag = 'phấn đấu ' + q
                return frag, [self.T(kind, year, period, v, 'percent', concept, frag, 'phan_dau_x_pct')]
            if style == 'toi_thieu':
                frag = 'tối thiểu %s%% %s' % (vs, subj)
                return frag, [self.T(kind, year, period, v, 'percent', concept, frag, 'toi_thieu_x_pct', 'ge')]
            if style == 'it_nhat':
                frag = 'ít nhất %s%% %s' % (vs, subj)
                return frag, [self.T(kind, year, period, v, 'percent', concept, frag, 'it_nhat_x_pct', 'ge')]
            if style == 'tren':
                frag = 'trên %s%% %s' % (vs, subj)
                return frag, [self.T(kind, year, period, v, 'percent', concept, frag, 'tren_x_pct', 'ge')]
            if style == 'tro_len':
                frag = 'từ %s%% %s trở lên' % (vs, subj)
                frag = 'tỷ lệ %s đạt từ %s%% trở lên' % (subj, vs)
                return frag, [self.T(kind, year, period, v, 'percent', concept, frag, 'tu_x_pct_tro_len', 'ge')]
            if style == 'tyle_dat':
                frag = 'tỷ lệ %s đạt %s%%' % (subj, vs)
                return frag, [self.T(kind, year, period, v, 'percent', concept, frag, 'dat_x_pct')]
        raise ValueError(style)

    # ---------------------------------------------------------- count phrasings
    def cnt_phrase(self, c, kind, year, period, scope):
        concept, pillar, unit, noun, _, _ = c
        r = self.r
        n = self.cnt_val(c, scope)
        ns = lead0(n) if (n < 10 and r.random() < 0.8) else vn_int(n)
        if kind == 'actual':
            style = r.choice(['verb', 'verb', 'hon', 'bare'] if n >= 20 else ['verb', 'verb', 'bare'])
            if style == 'verb':
                verb = r.choice({'community_digital_teams': ['duy trì hoạt động', 'đã thành lập', 'kiện toàn'],
                                 'classes': ['tổ chức', 'mở'], 'meetings': ['tổ chức', 'phối hợp tổ chức'],
                                 'news_posts': ['đăng tải', 'đã đăng'], 'digital_signatures': ['cấp mới', 'đề nghị cấp'],
                                 'bts_stations': ['lắp đặt mới', 'phát triển mới'], 'dossiers': ['tiếp nhận'],
                                 'accounts': ['thu nhận, kích hoạt'], 'wifi_points': ['lắp đặt'], 'cameras': ['lắp đặt'],
                                 'video_conference_points': ['triển khai'], 'zalo_groups': ['thành lập'],
                                 'households': ['hỗ trợ'], 'people': ['hướng dẫn'],
                                 'payment_points': ['triển khai']}.get(unit, ['có']))
                q = '%s %s' % (ns, noun)
                frag = '%s %s' % (verb, q)
                return frag, [self.T(kind, year, period, n, unit, concept, q, 'verb_n_noun' if n >= 10 else 'leading_zero_n_noun')]
            if style == 'hon':
                n2 = (n // 10) * 10 if n < 1000 else (n // 100) * 100
                q = 'hơn %s %s' % (vn_int(n2), noun)
                return q, [self.T(kind, year, period, n2, unit, concept, q, 'hon_n_noun', 'gt')]
            q = '%s %s' % (ns, noun)
            frag = 'có ' + q
            return frag, [self.T(kind, year, period, n, unit, concept, q, 'co_n_noun' if n >= 10 else 'leading_zero_n_noun')]
        style = r.choice(['bare', 'it_nhat', 'toi_thieu'])
        q = '%s %s' % (ns, noun)
        if style == 'bare':
            verb = r.choice(['tổ chức', 'duy trì', 'thực hiện', 'phát triển']) if unit in ('classes', 'meetings') else r.choice(['phát triển', 'bảo đảm có', 'đạt'])
            return '%s %s' % (verb, q), [self.T(kind, year, period, n, unit, concept, q, 'target_n_noun' if n >= 10 else 'leading_zero_n_noun')]
        w = 'ít nhất' if style == 'it_nhat' else 'tối thiểu'
        q = '%s %s %s' % (w, ns, noun)
        return q, [self.T(kind, year, period, n, unit, concept, q, 'it_nhat_n_noun', 'ge')]

    # ---------------------------------------------------------- special phrasings
    def frac_communes(self, kind, year, period, k):
        """100% (20/20 xã) có Tổ công nghệ số cộng đồng -> percent + fraction."""
        what = self.pick([('có Tổ công nghệ số cộng đồng', 'communes with community digital teams'),
                          ('triển khai Cổng thông tin điện tử', 'communes with e-portal'),
                          ('sử dụng hệ thống hội nghị truyền hình', 'communes with video conferencing')])
        m = k if self.r.random() < 0.6 else self.r.randint(max(1, k // 2), k - 1)
        p = round(100.0 * m / k, 1 if m != k else 0)
        ps = vn_num(p, 1)
        frag = '%s%% (%s/%s xã, phường) %s' % (ps, m, k, what[0])
        return frag, [self.T(kind, year, period, p, 'percent', what[1] + ' share', '%s%% (%s/%s xã, phường) %s' % (ps, m, k, what[0]), 'pct_with_fraction_paren'),
                      self.T(kind, year, period, m, 'fraction', what[1] + ' count', '%s/%s xã, phường' % (m, k), 'fraction_a_b', den=k)]

    def frac_procedures(self, kind, year, period, scope):
        tot = {'commune': self.r.randint(90, 160), 'district': self.r.randint(250, 380), 'province': self.r.randint(1200, 2000)}[scope]
        m = tot if self.r.random() < 0.4 else self.r.randint(int(tot * 0.5), tot)
        q = '%s/%s thủ tục' % (vn_int(m), vn_int(tot))
        frag = '%s hành chính được cung cấp trực tuyến trên Cổng Dịch vụ công' % q
        return frag, [self.T(kind, year, period, m, 'fraction', 'online public services provided count', q, 'fraction_a_b', den=tot)]

    def frac_dossiers(self, kind, year, period, scope):
        tot = self.cnt_val(CNT_BY['online admin procedure dossiers count'], scope) * 2
        m = self.r.randint(int(tot * 0.4), tot)
        p = round(100.0 * m / tot, 2)
        q1 = '%s/%s hồ sơ' % (vn_int(m), vn_int(tot))
        q2 = 'đạt %s%%' % vn_num(p, 2)
        frag = 'hồ sơ thủ tục hành chính xử lý trực tuyến là %s, %s' % (q1, q2)
        return frag, [self.T(kind, year, period, m, 'fraction', 'online admin procedure dossiers processed against received', q1, 'fraction_a_b', den=tot),
                      self.T(kind, year, period, p, 'percent', 'online admin procedure dossiers share', frag, 'fraction_then_pct')]

    def growth(self, kind, year, period):
        what = self.pick([('số lượng giao dịch thanh toán qua mã QR', 'QR payment transactions growth'),
                          ('số hồ sơ nộp trực tuyến', 'online dossiers growth'),
                          ('số tài khoản thanh toán điện tử', 'e-payment accounts growth')])
        v = float(self.r.randint(5, 40))
        q = '%s tăng %s%% so với cùng kỳ' % (what[0], vn_num(v))
        return q, [self.T(kind, year, period, v, 'percent', what[1] + ' year-on-year', q, 'tang_x_pct_so_cung_ky')]

    def rank(self, kind, year, period, scope, post):
        if scope == 'province':
            N = 34 if post else 63
            what = 'cả nước'
            concept = 'provincial DX index ranking nationally'
        elif scope == 'district':
            N = self.r.randint(8, 13)
            what = 'huyện, thị xã, thành phố'
            concept = 'district-level DX ranking in province'
        else:
            N = self.r.randint(60, 180)
            what = 'xã, phường, thị trấn' if not post else 'xã, phường'
            concept = 'commune-level DX ranking in province'
        k = self.r.randint(1, max(2, N // 3))
        q = 'xếp thứ %s/%s %s' % (k, N, what)
        return q, [self.T(kind, year, period, k, 'rank', concept, q, 'xep_thu_k_of_n', den=N)]

    def score(self, kind, year, period):
        v = round(self.r.uniform(300, 800), 1)
        q = '%s điểm' % vn_num(v, 1)
        return 'Chỉ số chuyển đổi số đạt ' + q, [self.T(kind, year, period, v, 'points', 'DX index score', 'Chỉ số chuyển đổi số đạt ' + q, 'score_points')]

    # ---------------------------------------------------------- non-statements
    def legal(self, y):
        r = self.r
        opts = [
            (2020, 'Căn cứ Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ phê duyệt Chương trình Chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030;'),
            (2025, 'Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia;'),
            (2022, 'Thực hiện Nghị quyết 06-NQ/TU ngày 15/3/2022 của Ban Thường vụ Tỉnh ủy về chuyển đổi số giai đoạn 2021-2025;'),
            (2022, 'Căn cứ Quyết định số 06/QĐ-TTg ngày 06/01/2022 của Thủ tướng Chính phủ phê duyệt Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử giai đoạn 2022-2025, tầm nhìn đến năm 2030;'),
            (2000, 'Căn cứ Kế hoạch số %d/KH-UBND ngày %d/%d/%d của UBND tỉnh về chuyển đổi số năm %d;' % (r.randint(10, 3000), r.randint(1, 28), r.randint(1, 12), y - 1, y)),
            (2024, 'Căn cứ Luật Giao dịch điện tử số 20/2023/QH15 ngày 22/6/2023;'),
            (2022, 'Căn cứ Quyết định số 411/QĐ-TTg ngày 31/3/2022 của Thủ tướng Chính phủ phê duyệt Chiến lược quốc gia phát triển kinh tế số và xã hội số đến năm 2025, định hướng đến năm 2030;'),
            (2000, 'Thực hiện Công văn số %d/%s ngày %d/%d/%d của %s;' % (r.randint(100, 2500), 'SKHCN-CĐS' if y >= 2025 else 'STTTT-CĐS', r.randint(1, 28), r.randint(1, 12), y,
                                                                   'Sở Khoa học và Công nghệ' if y >= 2025 else 'Sở Thông tin và Truyền thông')),
        ]
        return self.pick([t for m, t in opts if y >= m])

    def nondx(self, place, pop=None, area=None, meeting=False):
        r = self.r
        opts = [
            'Tốc độ tăng trưởng kinh tế (GRDP) ước đạt %s%%, thu ngân sách đạt %s tỷ đồng.' % (vn_num(r.uniform(5, 9), 1), vn_num(r.uniform(20, 900), 1)),
            'Kinh phí thực hiện Kế hoạch khoảng %s triệu đồng từ nguồn ngân sách địa phương.' % vn_int(r.randint(50, 3000)),
            'Tỷ lệ hộ nghèo giảm còn %s%%; thu nhập bình quân đầu người đạt %s triệu đồng/năm.' % (vn_num(r.uniform(0.5, 6), 2), vn_num(r.uniform(40, 90), 1)),
            'Tổng diện tích gieo trồng đạt %s ha, tăng %s%% so với cùng kỳ.' % (vn_int(r.randint(500, 9000)), vn_num(r.uniform(1, 5), 1)),
        ]
        if meeting:
            opts.append('Tham dự hội nghị có %d đại biểu là lãnh đạo các ban, ngành, đoàn thể.' % r.randint(30, 150))
        if pop:
            opts.append('%s có diện tích tự nhiên %s km2, dân số %s người.' % (place, area, pop))
        return self.pick(opts)

    def contact(self, place):
        r = self.r
        return self.pick([
            'Điện thoại: 0%d.%d.%d; Email: ubnd@%s.gov.vn' % (r.randint(203, 299), r.randint(100, 999), r.randint(100, 999), slug(place).replace('-', '')),
            'Địa chỉ: Số %d, đường Trần Hưng Đạo, %s' % (r.randint(1, 300), place),
            'Hotline hỗ trợ: 1900.%d.%d' % (r.randint(1000, 9999), r.randint(10, 99)),
        ])

    # ---------------------------------------------------------- locality choice
    def locality(self, scope, post):
        r = self.r
        if not post:
            if scope == 'commune':
                name, cap, dist, prov = r.choice(self.old_w)
                return dict(name=strip_prefix(name), cap=cap, level=LEVEL[cap], parent=dist[0].lower() + dist[1:],
                            province=prov_short(prov), written='%s %s' % (cap.lower() if cap != 'Thị trấn' else 'thị trấn', strip_prefix(name)),
                            head='%s %s' % (cap.upper(), strip_prefix(name).upper()), pop=None, area=None, post=False)
            if scope == 'district':
                name, cap, prov = r.choice(self.old_d)
                return dict(name=strip_prefix(name), cap=cap, level=LEVEL[cap], parent='', province=prov_short(prov),
                            written='%s %s' % (cap.lower(), strip_prefix(name)), head='%s %s' % (cap.upper(), strip_prefix(name).upper()),
                            pop=None, area=None, post=False)
            prov = r.choice(self.old_p)
            w = prov_written(prov)
            return dict(name=prov_short(prov), cap='Tỉnh', level='tinh', parent='', province=prov_short(prov), written=w,
                        head=w.upper(), pop=None, area=None, post=False)
        if scope == 'commune':
            name, loai, prov, pop, area = r.choice(self.new_w)
            cap = loai.capitalize()
            return dict(name=name, cap=cap, level=LEVEL[loai], parent='', province=prov_short(prov),
                        written='%s %s' % (loai, name), head='%s %s' % (loai.upper(), name.upper()), pop=pop, area=area, post=True)
        prov, pop, area = r.choice(self.new_p)
        w = prov_written(prov)
        return dict(name=prov_short(prov), cap='Tỉnh', level='tinh', parent='', province=prov_short(prov), written=w,
                    head=w.upper(), pop=pop, area=area, post=True)

    def loc_for(self, scope, iss):
        post = iss[0] * 100 + iss[1] >= 202507
        if post and scope == 'district':
            scope = 'commune'
        return self.locality(scope, post), scope

    def issued_for(self, doc_type, y):
        r = self.r
        if doc_type == 'plan':
            if r.random() < 0.5:
                return (y - 1, 12, r.randint(1, 31))
            return (y, r.randint(1, 3), r.randint(1, 28))
        if doc_type == 'report':
            if r.random() < 0.6:
                return (y, 12, r.randint(1, 28))
            return (y + 1, 1, r.randint(1, 28))
        if doc_type == 'half_year_report':
            return (y, r.choice([6, 7, 7]), r.randint(1, 28))
        if doc_type == 'news':
            return (y + 1, r.randint(1, 3), r.randint(1, 28))
        return (y, r.randint(1, 12), r.randint(1, 28))


def slug(s):
    s = unicodedata.normalize('NFD', s.replace('đ', 'd').replace('Đ', 'D'))
    s = ''.join(ch for ch in s if unicodedata.category(ch) != 'Mn').lower()
    return re.sub(r'[^a-z0-9]+', '-', s).strip('-')


# ================================================================ document builders
def header(g, d, loc, kind_code, iss):
    up = 'ỦY BAN NHÂN DÂN'
    d.add(up)
    d.add(loc['head'])
    d.add('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')
    d.add('Độc lập - Tự do - Hạnh phúc')
    d.add('Số: %d/%s-UBND' % (g.r.randint(5, 999), kind_code))
    d.add('%s, ngày %d tháng %d năm %d' % (loc['name'], iss[2], iss[1], iss[0]))


def section_targets(g, d, loc, scope, year, period, pillars, n_target, bullet='-'):
    """Pillar-organised target bullets; some multi-statement lines and a lead-in list."""
    key = ('target', year, period)
    made = 0
    roman = ['a)', 'b)', 'c)', 'd)', 'đ)', 'e)', 'g)', 'h)', 'i)']
    i = -1
    for p in pillars:
        if made >= n_target:
            break
        at = len(d.lines)
        i_next = i + 1
        inds = [x for x in PCT if x[1] == p]
        cnts = [x for x in CNT if x[1] == p]
        for ind in d.take(g.r, inds, key, g.r.randint(1, 3)):
            frag, t = g.pct_phrase(ind, 'target', year, period)
            pre = g.pick(['', '', 'Bảo đảm ', 'Phấn đấu '])
            if pre and frag.startswith('phấn đấu'):
                pre = ''
            text = '%s %s%s;' % (bullet, pre, frag[0].upper() + frag[1:] if not pre else frag)
            d.add(text, t)
            made += len(t)
        for c in (d.take(g.r, cnts, key, 1) if g.r.random() < 0.6 else []):
            frag, t = g.cnt_phrase(c, 'target', year, period, scope)
            d.add('%s %s%s.' % (bullet, frag[0].upper(), frag[1:]), t)
            made += len(t)
        if len(d.lines) > at:
            i = i_next
            d.lines.insert(at, ('%s %s' % (roman[i], PILLAR_VI[p]), []))
    return made


def lead_in_levels(g, d, year, period, kind, post=False, scope='province'):
    """Subject in the lead-in line; numbers in sub-bullets per administrative level."""
    ind = g.pick([PCT_BY['work records processed online share'], PCT_BY['signed outgoing documents share'],
                  PCT_BY['online admin procedure dossiers share']])
    lead = 'Tỷ lệ %s%s:' % (ind[2], ' phấn đấu đạt' if kind == 'target' else ' đạt được như sau')
    d.add('- ' + lead)
    n = 0
    levels = [('Cấp tỉnh', 'province level'), ('Cấp huyện', 'district level'), ('Cấp xã', 'commune level')]
    if post:
        levels = [levels[0], levels[2]]
    if scope == 'district':
        levels = levels[1:]
    for lvl, tag in levels:
        if kind == 'target':
            v, dd = g.pct_target(ind[3])
        else:
            v, dd = g.pct_actual(ind[3])
        q = '%s: %s%%' % (lvl, vn_num(v, dd))
        d.add('+ %s;' % q, [g.T(kind, year, period, v, 'percent', '%s (%s)' % (ind[0], tag), q, 'lead_in_sub_bullet')])
        n += 1
    return n


def lead_in_horizon(g, d, year, period, scope, k=3):
    d.add(g.pick(['Phấn đấu đến hết năm %d:' % year, 'Mục tiêu cụ thể đến năm %d như sau:' % year, 'Đến năm %d, phấn đấu đạt các chỉ tiêu:' % year]))
    for ind in d.take(g.r, PCT, ('target', year, period), k):
        v, dd = g.pct_target(ind[3])
        q = '%s%% %s' % (vn_num(v, dd), ind[2])
        d.add('- %s;' % q, [g.T('target', year, period, v, 'percent', ind[0], q, 'lead_in_horizon_bullet')])
    return k


def results_paragraphs(g, d, loc, scope, year, period, n_want):
    """Paragraph lines holding 2-4 actual statements each, prose style."""
    made = 0
    pool = d.take(g.r, PCT, ('actual', year, period), n_want)
    cpool = d.take(g.r, CNT, ('actual', year, period), n_want)
    intros = ['Kết quả nổi bật: ', 'Bên cạnh đó, ', 'Trong kỳ, ', 'Cụ thể: ', 'Ngoài ra, ', '', '', '- ', '- ']
    specials = ['frac_proc', 'frac_dos', 'growth', 'frac_comm']
    g.r.shuffle(specials)
    if d.take(g.r, [PCT_BY['online admin procedure dossiers share']], ('actual', year, period), 1) == []:
        specials.remove('frac_dos')  # its percent row would repeat a concept already used for this year
    while made < n_want and (pool or cpool):
        parts, ts = [], []
        for _ in range(g.r.randint(2, 4)):
            x = g.r.random()
            if x < 0.12 and specials:
                s = specials.pop()
                if s == 'frac_proc':
                    f, t = g.frac_procedures('actual', year, period, scope)
                elif s == 'frac_dos':
                    f, t = g.frac_dossiers('actual', year, period, scope)
                elif s == 'growth':
                    f, t = g.growth('actual', year, period)
                elif scope != 'commune':
                    f, t = g.frac_communes('actual', year, period, g.r.randint(8, 25) if scope == 'district' else g.r.randint(60, 170))
                else:
                    continue
            elif x < 0.6 and pool:
                f, t = g.pct_phrase(pool.pop(), 'actual', year, period)
            elif cpool:
                f, t = g.cnt_phrase(cpool.pop(), 'actual', year, period, scope)
            else:
                continue
            parts.append(f)
            ts += t
        if not parts:
            break
        intro = g.pick(intros)
        body = '; '.join(parts) + '.'
        if intro in ('', '- ', 'Cụ thể: '):
            body = body[0].upper() + body[1:]
        text = intro + body
        d.add(text, ts)
        made += len(ts)
    return made


def table(g, d, scope, years, kind, n_rows, sep=' | ', pct_sign=False, head_label='Năm'):
    """Target/result table with one column per year."""
    cols = ['STT', 'Chỉ tiêu', 'Đơn vị tính'] + ['%s %d' % (head_label, y) for y in years]
    d.add(sep.join(cols).strip())
    rows = g.r.sample(PCT, n_rows - 2) + g.r.sample(CNT, 2)
    g.r.shuffle(rows)
    for i, ind in enumerate(rows, 1):
        cells, ts = [], []
        if len(ind) == 4:
            name = 'Tỷ lệ ' + ind[2]
            unit_cell = '%'
            prev = None
            for y in years:
                v, dd = (g.pct_target(ind[3]) if kind == 'target' else g.pct_actual(ind[3]))
                if prev is not None and kind == 'target' and v < prev:
                    v = prev
                prev = v
                cmp_ = 'eq'
                s = vn_num(v, dd)
                if kind == 'target' and v < 100 and g.r.random() < 0.15:
                    s = '≥ ' + s
                    cmp_ = 'ge'
                if pct_sign:
                    s += '%'
                cells.append(s)
                ts.append((s, y, v, 'percent', cmp_, ind[0]))
        else:
            name = 'Số ' + ind[3]
            unit_cell = {'community_digital_teams': 'Tổ', 'classes': 'Lớp', 'meetings': 'Hội nghị', 'news_posts': 'Tin, bài',
                         'bts_stations': 'Trạm', 'dossiers': 'Hồ sơ', 'accounts': 'Tài khoản', 'cameras': 'Camera',
                         'households': 'Hộ', 'people': 'Lượt người'}.get(ind[2], 'Điểm' if 'points' in ind[2] else 'Cái')
            prev = 0
            for y in years:
                n = max(prev + g.r.randint(0, 3), g.cnt_val(ind, scope))
                prev = n
                s = vn_int(n)
                cells.append(s)
                ts.append((s, y, n, ind[2], 'eq', ind[0]))
        text = sep.join([str(i), name, unit_cell] + cells)
        truths = [g.T(kind, y, 'Y', v, u, c, s, 'table_year_column', cmp_) for (s, y, v, u, cmp_, c) in ts]
        d.add(text, truths)


def eval_table(g, d, scope, year, n_rows):
    """Evaluation table: target of the year next to the result and a verdict (targets and actuals on one row)."""
    sep = g.pick([' | ', '\t'])
    d.add(sep.join(['STT', 'Chỉ tiêu', 'Kế hoạch năm %d' % year, 'Kết quả thực hiện', 'Đánh giá']))
    for i, ind in enumerate(d.take(g.r, PCT, ('actual', year, 'Y'), n_rows), 1):
        if ('target', year, 'Y') in d.used and ind[0] in d.used[('target', year, 'Y')]:
            continue
        d.used.setdefault(('target', year, 'Y'), set()).add(ind[0])
        t, _ = g.pct_target(ind[3])
        v, dd = g.pct_actual(ind[3])
        ts, vs = vn_num(t) + '%', vn_num(v, dd) + '%'
        verdict = 'Vượt' if v > t else ('Đạt' if v == t else 'Chưa đạt')
        d.add(sep.join([str(i), ind[2][0].upper() + ind[2][1:], ts, vs, verdict]),
              [g.T('target', year, 'Y', t, 'percent', ind[0], ts, 'eval_table_target_col'),
               g.T('actual', year, 'Y', v, 'percent', ind[0], vs, 'eval_table_result_col')])


def closing(g, d, loc):
    if g.r.random() < 0.6:
        d.add('Nơi nhận:')
        d.add('- Như trên;')
        d.add('- Lưu: VT.')
    sig = g.pick([('TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'), ('KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'), ('TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH')])
    d.add(sig[0])
    d.add(sig[1])
    if g.r.random() < 0.5:
        d.add(g.contact(loc['written']))
    if g.r.random() < 0.4:
        d.add('Trang %d/%d' % (1, g.r.randint(2, 5)))


def build_plan(g, scope, y):
    d = Doc()
    iss = g.issued_for('plan', y)
    loc, scope = g.loc_for(scope, iss)
    d.loc = loc
    header(g, d, loc, 'KH', iss)
    d.add('KẾ HOẠCH')
    d.add('Chuyển đổi số %s năm %d' % (loc['written'], y))
    d.add(g.legal(iss[0]))
    ev = g.r.random() < 0.6
    if ev:
        d.add('I. KẾT QUẢ THỰC HIỆN NĂM %d' % (y - 1))
        if g.r.random() < 0.35:
            d.add('Tình hình thực hiện các chỉ tiêu chủ yếu năm %d:' % (y - 1))
            eval_table(g, d, scope, y - 1, g.r.randint(4, 6))
        else:
            results_paragraphs(g, d, loc, scope, y - 1, 'Y', g.r.randint(6, 10))
    d.add('%s. MỤC TIÊU' % ('II' if ev else 'I'))
    d.add('1. Mục tiêu chung')
    d.add('Đẩy mạnh chuyển đổi số toàn diện, phát triển chính quyền số, kinh tế số, xã hội số trên địa bàn %s.' % loc['written'])
    d.add('2. Chỉ tiêu cụ thể năm %d' % y)
    need = g.r.randint(25, 38) - d.ntruth()
    if g.r.random() < 0.3:
        frag, t = g.pct_phrase(d.take(g.r, PCT, ('actual', iss[0], 'Y'), 1)[0], 'actual', iss[0], 'Y', style='hien_nay')
        d.add(frag + '; đây là cơ sở để xây dựng các chỉ tiêu năm %d.' % y, t)
        need -= 1
    if g.r.random() < 0.5 and scope != 'commune':
        need -= lead_in_levels(g, d, y, 'Y', 'target', loc['post'], scope)
    pillars = list(PILLAR_ORDER)
    made = section_targets(g, d, loc, scope, y, 'Y', pillars, need)
    if d.ntruth() < 25:
        need = g.r.randint(25, 32) - d.ntruth()
        d.add('3. Các chỉ tiêu khác')
        while need > 0:
            got = d.take(g.r, PCT, ('target', y, 'Y'), 1)
            if not got:
                break
            frag, t = g.pct_phrase(got[0], 'target', y, 'Y')
            d.add('- ' + frag[0].upper() + frag[1:] + '.', t)
            need -= len(t)
    if g.r.random() < 0.5:
        d.add(g.nondx(loc['written'], loc['pop'], loc['area']))
    d.add('%s. NHIỆM VỤ, GIẢI PHÁP' % ('III' if ev else 'II'))
    d.add('Tăng cường tuyên truyền, nâng cao nhận thức về chuyển đổi số; bố trí kinh phí %s triệu đồng cho các nhiệm vụ trọng tâm.' % vn_int(g.r.randint(50, 2000)))
    closing(g, d, loc)
    return d, iss


def build_report(g, scope, y):
    d = Doc()
    iss = g.issued_for('report', y)
    loc, scope = g.loc_for(scope, iss)
    d.loc = loc
    header(g, d, loc, 'BC', iss)
    d.add('BÁO CÁO')
    d.add('Kết quả thực hiện chuyển đổi số năm %d, phương hướng nhiệm vụ năm %d' % (y, y + 1))
    d.add(g.legal(iss[0]))
    d.add('I. KẾT QUẢ ĐẠT ĐƯỢC')
    if g.r.random() < 0.3:
        d.add('1. Kết quả thực hiện các chỉ tiêu')
        eval_table(g, d, scope, y, g.r.randint(5, 8))
        d.add('2. Kết quả khác')
        results_paragraphs(g, d, loc, scope, y, 'Y', g.r.randint(6, 12))
    else:
        results_paragraphs(g, d, loc, scope, y, 'Y', g.r.randint(14, 22))
    if g.r.random() < 0.5 and scope != 'commune':
        lead_in_levels(g, d, y, 'Y', 'actual', loc['post'], scope)
    if g.r.random() < 0.6:
        f, t = g.rank('actual', y, 'Y', scope, loc['post'])
        d.add('Kết quả đánh giá mức độ chuyển đổi số năm %d, %s %s.' % (y, loc['written'], f), t)
    if g.r.random() < 0.5:
        d.add(g.nondx(loc['written'], loc['pop'], loc['area']))
    d.add('II. TỒN TẠI, HẠN CHẾ')
    d.add('Một số chỉ tiêu chưa đạt so với Kế hoạch; hạ tầng tại một số thôn còn hạn chế.')
    d.add('III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM %d' % (y + 1))
    section_targets(g, d, loc, scope, y + 1, 'Y', g.r.sample(PILLAR_ORDER, 4), g.r.randint(5, 9))
    closing(g, d, loc)
    return d, iss


def build_half(g, scope, y):
    d = Doc()
    iss = g.issued_for('half_year_report', y)
    loc, scope = g.loc_for(scope, iss)
    d.loc = loc
    header(g, d, loc, 'BC', iss)
    d.add('BÁO CÁO')
    d.add('Sơ kết 06 tháng đầu năm %d thực hiện nhiệm vụ chuyển đổi số; nhiệm vụ trọng tâm 06 tháng cuối năm' % y)
    d.add(g.legal(iss[0]))
    d.add('I. KẾT QUẢ 6 THÁNG ĐẦU NĂM %d' % y)
    results_paragraphs(g, d, loc, scope, y, 'H1', g.r.randint(12, 18))
    # year targets referenced
    for ind in d.take(g.r, PCT, ('actual', y, 'H1'), 2):
        v, dd = g.pct_actual(ind[3])
        t, _ = g.pct_target(ind[3])
        q1 = 'tỷ lệ %s đạt %s%%' % (ind[2], vn_num(v, dd))
        q2 = 'chỉ tiêu giao cả năm là %s%%' % vn_num(t)
        d.add('- Đến ngày 30/6/%d, %s (%s).' % (y, q1, q2),
              [g.T('actual', y, 'H1', v, 'percent', ind[0], q1, 'dat_x_pct'),
               g.T('target', y, 'Y', t, 'percent', ind[0], q2, 'chi_tieu_giao_x_pct')])
    d.add('II. NHIỆM VỤ 6 THÁNG CUỐI NĂM %d' % y)
    d.add('Phấn đấu trong 6 tháng cuối năm:')
    for ind in d.take(g.r, PCT, ('target', y, 'H2'), g.r.randint(3, 5)):
        frag, t = g.pct_phrase(ind, 'target', y, 'H2')
        d.add('- ' + frag[0].upper() + frag[1:] + ';', t)
    c = d.take(g.r, CNT, ('target', y, 'H2'), 1)[0]
    frag, t = g.cnt_phrase(c, 'target', y, 'H2', scope)
    d.add('- ' + frag[0].upper() + frag[1:] + '.', t)
    closing(g, d, loc)
    return d, iss


def build_multi(g, scope, y):
    d = Doc()
    start, end = (2021, 2025) if y <= 2025 else (2026, 2030)
    iss = (start if g.r.random() < 0.7 else start + 1, g.r.randint(1, 12), g.r.randint(1, 28))
    if end == 2030:
        iss = (2026, g.r.randint(1, 6), g.r.randint(1, 28))
    loc, scope = g.loc_for(scope, iss)
    d.loc = loc
    d.plan_year = end
    header(g, d, loc, 'KH', iss)
    d.add('KẾ HOẠCH')
    d.add('Chuyển đổi số %s giai đoạn %d-%d, định hướng đến năm %d' % (loc['written'], start, end, end + 5))
    d.add(g.legal(iss[0]))
    d.add('I. THỰC TRẠNG')
    by = iss[0] - 1 if iss[1] < 4 else iss[0]
    n = 0
    for _ in range(g.r.randint(2, 4)):
        st = g.pick(['hien_nay', 'dat', 'khoang', 'hien_nay'])
        yy = iss[0] if st == 'hien_nay' else by  # "Hiện nay" = the issue year; "Tính đến cuối năm X" = X
        got = d.take(g.r, PCT, ('actual', yy, 'Y'), 1)
        if not got:
            continue
        frag, t = g.pct_phrase(got[0], 'actual', yy, 'Y', style=st)
        if frag.startswith('Hiện nay'):
            text = frag + '.'
        else:
            text = 'Tính đến cuối năm %d, %s.' % (by, frag)
        d.add(text, t)
    d.add('II. MỤC TIÊU')
    d.add('1. Mục tiêu đến năm %d' % end)
    lead_in_horizon(g, d, end, 'to-%d' % end, scope, g.r.randint(3, 5))
    section_targets(g, d, loc, scope, end, 'to-%d' % end, g.r.sample(PILLAR_ORDER, 6), g.r.randint(12, 18))
    d.add('2. Định hướng đến năm %d' % (end + 5))
    for ind in d.take(g.r, PCT, ('target', end + 5, 'to-%d' % (end + 5)), g.r.randint(3, 5)):
        frag, t = g.pct_phrase(ind, 'target', end + 5, 'to-%d' % (end + 5))
        d.add('- ' + frag[0].upper() + frag[1:] + ';', t)
    if g.r.random() < 0.5:
        d.add(g.nondx(loc['written'], loc['pop'], loc['area']))
    d.add('III. KINH PHÍ')
    d.add('Tổng kinh phí dự kiến giai đoạn %d-%d: %s tỷ đồng.' % (start, end, vn_num(g.r.uniform(2, 300), 1)))
    closing(g, d, loc)
    return d, iss


def build_decision(g, scope, y):
    d = Doc()
    iss = (y - 1, g.r.randint(10, 12), g.r.randint(1, 28)) if g.r.random() < 0.5 else (y, g.r.randint(1, 3), g.r.randint(1, 28))
    loc, scope = g.loc_for(scope, iss)
    d.loc = loc
    header(g, d, loc, 'QĐ', iss)
    years = [y, y + 1] if g.r.random() < 0.7 else [y, y + 1, y + 2]
    d.add('QUYẾT ĐỊNH')
    d.add('Về việc giao chỉ tiêu chuyển đổi số %s năm %s' % (loc['written'], '-'.join(str(x) for x in (years[0], years[-1]))))
    d.add('CHỦ TỊCH ỦY BAN NHÂN DÂN %s' % loc['head'])
    d.add(g.legal(iss[0]))
    d.add('QUYẾT ĐỊNH:')
    d.add('Điều 1. Giao chỉ tiêu chuyển đổi số năm %d-%d (chi tiết tại Phụ lục kèm theo).' % (years[0], years[-1]))
    d.add('Điều 2. Các cơ quan, đơn vị có trách nhiệm tổ chức thực hiện; báo cáo kết quả trước ngày 15/12 hằng năm.')
    d.add('Điều 3. Quyết định này có hiệu lực kể từ ngày ký.')
    d.add('PHỤ LỤC')
    d.add('CHỈ TIÊU CHUYỂN ĐỔI SỐ NĂM %d-%d' % (years[0], years[-1]))
    d.add('(Kèm theo Quyết định số %d/QĐ-UBND ngày %d/%d/%d)' % (g.r.randint(10, 3000), iss[2], iss[1], iss[0]))
    sep = g.pick([' | ', '\t'])
    nrows = g.r.randint(9, 14) if len(years) == 2 else g.r.randint(7, 10)
    table(g, d, scope, years, 'target', nrows, sep=sep, pct_sign=g.r.random() < 0.4)
    if g.r.random() < 0.5:
        d.add('Ghi chú: Chỉ tiêu số %d do Công an %s chủ trì theo dõi.' % (g.r.randint(1, nrows), loc['written']))
    return d, iss


def build_news(g, scope, y):
    d = Doc()
    iss = g.issued_for('news', y)
    loc, scope = g.loc_for(scope, iss)
    d.loc = loc
    nm = loc['written'][0].upper() + loc['written'][1:]
    titles = ['%s: Chuyển đổi số năm %d đạt nhiều kết quả nổi bật' % (nm, y),
              '%s đẩy mạnh chuyển đổi số, phục vụ người dân tốt hơn' % nm,
              'Dấu ấn chuyển đổi số ở %s năm %d' % (loc['written'], y)]
    d.add(g.pick(titles))
    d.add('Cập nhật: %02d/%02d/%d %02d:%02d' % (iss[2], iss[1], iss[0], g.r.randint(7, 20), g.r.randint(0, 59)))
    d.add('Lượt xem: %s' % vn_int(g.r.randint(50, 4000)))
    d.blank()
    d.add('Ngày %d/%d/%d, Ban Chỉ đạo chuyển đổi số %s tổ chức hội nghị tổng kết công tác chuyển đổi số năm %d, triển khai nhiệm vụ năm %d.' % (iss[2], iss[1], iss[0], loc['written'], y, y + 1))
    d.blank()
    if g.r.random() < 0.5:
        d.add(g.nondx(loc['written'], loc['pop'], loc['area'], meeting=True))
        d.blank()
    results_paragraphs(g, d, loc, scope, y, 'Y', g.r.randint(4, 8))
    d.blank()
    if g.r.random() < 0.6:
        f, t = g.rank('actual', y, 'Y', scope, loc['post'])
        d.add('Đáng chú ý, trong năm %d %s %s về chuyển đổi số.' % (y, loc['written'], f), t)
        d.blank()
    if g.r.random() < 0.4:
        f, t = g.score('actual', y, 'Y')
        d.add(f + ', tăng so với năm trước.', t)
        d.blank()
    if g.r.random() < 0.6:
        ind = d.take(g.r, PCT, ('target', y + 1, 'Y'), 1)[0]
        frag, t = g.pct_phrase(ind, 'target', y + 1, 'Y', style=g.pick(['phan_dau', 'tren', 'toi_thieu']))
        d.add('Năm %d, %s %s.' % (y + 1, loc['written'], frag), t)
        d.blank()
    filler = ['Phát biểu chỉ đạo, đồng chí Chủ tịch UBND đề nghị các thành viên Ban Chỉ đạo tiếp tục nâng cao trách nhiệm người đứng đầu trong triển khai chuyển đổi số.',
              'Hội nghị cũng chỉ ra một số hạn chế: hạ tầng mạng tại một số khu vực còn chưa ổn định, kỹ năng số của một bộ phận người dân còn hạn chế.',
              'Thời gian tới, địa phương tập trung hoàn thiện dữ liệu, đẩy mạnh thanh toán không dùng tiền mặt và nâng cao chất lượng phục vụ người dân.',
              'Dịp này, Ban Chỉ đạo đã khen thưởng các tập thể, cá nhân có thành tích xuất sắc trong phong trào chuyển đổi số.',
              'Ảnh: Quang cảnh hội nghị.']
    g.r.shuffle(filler)
    while len(d.lines) < 15 and filler:
        d.add(filler.pop())
        d.blank()
    d.add(g.pick(['Hồng Nhung', 'Minh Tuấn', 'Thu Hà', 'Văn Long', 'Phương Thảo']))
    d.add(g.pick(['Tin liên quan', 'Bình luận (0)', 'Chia sẻ']))
    return d, iss


BUILDERS = {'plan': build_plan, 'report': build_report, 'half_year_report': build_half,
            'multi_year_plan': build_multi, 'decision': build_decision, 'news': build_news}
MIX = [('plan', 0.27), ('report', 0.2), ('half_year_report', 0.12), ('multi_year_plan', 0.12), ('decision', 0.12), ('news', 0.17)]


def render(g, d):
    """Optionally spread with blank lines (if it stays within 80 lines); returns lines and truths."""
    has_blank = any(t == '' for t, _ in d.lines)
    lines = d.lines
    if not has_blank and len(lines) * 2 <= 80 and g.r.random() < 0.4:
        spread = []
        for x in lines:
            spread.append(x)
            spread.append(('', []))
        lines = spread[:-1]
    if len(lines) > 80:
        lines = [x for x in lines if x[0] != '' or x[1]]
    while len(lines) > 80:
        # drop trailing non-statement lines first, else the last line
        idx = max(i for i, x in enumerate(lines) if not x[1]) if any(not x[1] for x in lines[60:]) else len(lines) - 1
        lines.pop(idx)
    out, truth = [], []
    for i, (text, ts) in enumerate(lines, 1):
        out.append(text)
        for t in ts:
            truth.append((i, t))
    return out, truth


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--docs', type=int, default=400)
    ap.add_argument('--seed', type=int, default=7)
    ap.add_argument('--out', default='corpus')
    a = ap.parse_args()
    rng = random.Random(a.seed)
    g = Gen(rng, load_units())
    os.makedirs(os.path.join(a.out, 'plans'), exist_ok=True)
    for old in os.listdir(os.path.join(a.out, 'plans')):
        if old.endswith('.txt'):
            os.remove(os.path.join(a.out, 'plans', old))
    truth_rows, doc_rows, fam, stats = [], [], Counter(), Counter()
    types = []
    for t, w in MIX:
        types += [t] * round(w * a.docs)
    while len(types) < a.docs:
        types.append('plan')
    types = types[:a.docs]
    rng.shuffle(types)
    for i, dt in enumerate(types, 1):
        if dt == 'multi_year_plan':
            y = rng.choice([2022, 2023, 2024, 2026])
        elif dt == 'decision':
            y = rng.choice([2022, 2023, 2024, 2025, 2026])
        elif dt in ('report', 'news'):
            y = rng.choice([2022, 2023, 2024, 2025])
        else:
            y = rng.choice([2022, 2023, 2024, 2025, 2026])
        scope = rng.choice(['commune', 'commune', 'commune', 'district', 'province'])
        d, iss = BUILDERS[dt](g, scope, y)
        loc = d.loc
        lines, truth = render(g, d)
        fname = '%04d_%s.txt' % (i, slug('%s-%s-%s-%d' % (dt.replace('_', '-'), loc['cap'], loc['name'], getattr(d, 'plan_year', y))))
        with open(os.path.join(a.out, 'plans', fname), 'w', encoding='utf-8') as f:
            f.write('\n'.join(lines) + '\n')
        for ln, t in truth:
            assert t['quote'] in lines[ln - 1]
            truth_rows.append([fname, ln, t['kind'], t['year'], t['period'], t['value'], t['value_high'], t['unit'],
                               t['denominator'], t['comparator'], t['concept'], t['quote']])
            fam[t['fam']] += 1
        doc_rows.append([fname, d.loc['name'], d.loc['level'], d.loc['parent'], d.loc['province'], getattr(d, 'plan_year', y), dt])
        stats[(dt, 'post' if d.loc['post'] else 'pre')] += 1
        stats[(dt, 'truth')] += len(truth)
    with open(os.path.join(a.out, 'truth.csv'), 'w', encoding='utf-8', newline='') as f:
        w = csv.writer(f)
        w.writerow(['file', 'line', 'kind', 'year', 'period', 'value', 'value_high', 'unit', 'denominator', 'comparator', 'concept', 'quote'])
        w.writerows(truth_rows)
    with open(os.path.join(a.out, 'documents.csv'), 'w', encoding='utf-8', newline='') as f:
        w = csv.writer(f)
        w.writerow(['file', 'locality_name', 'locality_level', 'parent', 'province', 'plan_year', 'doc_type'])
        w.writerows(doc_rows)
    with open(os.path.join(a.out, 'families.csv'), 'w', encoding='utf-8', newline='') as f:
        w = csv.writer(f)
        w.writerow(['family', 'rows'])
        for k, v in fam.most_common():
            w.writerow([k, v])
    print('docs', len(doc_rows), 'truth rows', len(truth_rows))
    for dt, _ in MIX:
        print('  %-17s docs %3d (pre-reform %3d, post-reform %3d)  truth rows %4d' % (
            dt, stats[(dt, 'pre')] + stats[(dt, 'post')], stats[(dt, 'pre')], stats[(dt, 'post')], stats[(dt, 'truth')]))


if __name__ == '__main__':
    main()
