#!/usr/bin/env python3
"""Writes deck.fodp and ../../iij-1q25-results.expected.json from the figures below.

All figures: IIJ 3774 「2026年3月期 第1四半期 連結業績説明資料」 (the deck part of seed 002).
1Q25 = 2025-04-01..2025-06-30; FY25 = 2025-04-01..2026-03-31; nQ24 = quarters of FY24.
"""
import sys
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "deck-common"))  # shared deck writer
from slides import Deck, FY, H1, H2, Q, AT, write_json, W, H, fullwidth

deck = Deck("2026年3月期 第1四半期 連結業績説明資料")
r = deck.reg
F = "forecast"
OKU = dict(unit="JPY", scale="億円")
MIL = dict(unit="JPY", scale="百万円")
QS = [Q(1, 24), Q(2, 24), Q(3, 24), Q(4, 24), Q(1, 25)]
QL = ["1Q24", "2Q24", "3Q24", "4Q24", "1Q25"]
ENDS = ["2024-06-30", "2024-09-30", "2024-12-31", "2025-03-31", "2025-06-30"]
Q1_25, Q1_24 = Q(1, 25), Q(1, 24)


def series(metric, displays, segment=None, periods=QS, measure="value", **kw):
    kw = kw or MIL
    return [r.f(metric, measure, p, d, segment=segment, **kw) if d else None for p, d in zip(periods, displays)]


def pct(metric, period, d, segment=None, measure="yoy_pct", basis="actual"):
    return r.f(metric, measure, period, d, "%", segment=segment, basis=basis)


def oku(metric, period, d, segment=None, measure="value", basis="actual"):
    return r.f(metric, measure, period, d, segment=segment, basis=basis, **OKU)


NW, SI, ATM = "ネットワークサービス", "システムインテグレーション", "ATM運営事業"
CORP = NW + "/法人向けインターネット接続サービス"
PERS = NW + "/個人向けインターネット接続サービス"
OUTS = NW + "/アウトソーシングサービス"
WAN = NW + "/WANサービス"
SECU = OUTS + "/セキュリティ"
IP, CMOB, MVNE, MIO = CORP + "/IP", CORP + "/法人モバイル", CORP + "/MVNE", PERS + "/IIJmio"
NWX, MOB = "ネットワークサービス(除くモバイル)", "モバイルサービス"
BUILD, OPS = SI + "/構築", SI + "/運用保守"
CLOUD, ONPREM = OPS + "/クラウド", OPS + "/オンプレミス"

# ---------------------------------------------------------------- summary table (億円)
SUMMARY = [  # label, metric, 1Q25, ratio, 1Q24, ratio, YoY, 増減額, H1 plan, ratio, YoY, FY plan, ratio, YoY
    ("売上収益", "revenue", "768.2", None, "720.2", None, "+6.7%", "+48.1", "1,580", None, "+7.5%", "3,400", None, "+7.3%"),
    ("売上原価", "cost_of_sales", "601.3", "78.3%", "578.8", "80.4%", "+3.9%", "+22.4", "1,231", "77.9%", "+5.8%", "2,630", "77.4%", "+5.9%"),
    ("売上総利益", "gross_profit", "166.9", "21.7%", "141.3", "19.6%", "+18.1%", "+25.6", "349", "22.1%", "+13.8%", "770", "22.6%", "+12.6%"),
    ("販売管理費等", "sga", "106.6", "13.9%", "96.5", "13.4%", "+10.5%", "+10.1", "194", "12.3%", "+2.7%", "405", "11.9%", "+5.7%"),
    ("営業利益", "operating_income", "60.3", "7.9%", "44.8", "6.2%", "+34.6%", "+15.5", "155", "9.8%", "+31.6%", "365", "10.7%", "+21.2%"),
    ("税引前利益", "profit_before_tax", "57.4", "7.5%", "50.4", "7.0%", "+13.9%", "+7.0", "139", "8.8%", "+25.0%", "337", "9.9%", "+15.5%"),
    ("当期利益（親会社の所有者に帰属）", "net_income_attributable_to_owners", "37.8", "4.9%", "33.2", "4.6%", "+13.7%", "+4.6", "94", "5.9%", "+25.8%", "230", "6.8%", "+15.4%"),
]
S = {}
for (label, m, a, ar, b, br, yoy, amt, h1, h1r, h1y, fy, fyr, fyy) in SUMMARY:
    rr = lambda p, d, basis="actual": pct(m, p, d, measure="ratio_to_revenue_pct", basis=basis) if d else None
    S[m] = dict(label=label, q=oku(m, Q1_25, a), qr=rr(Q1_25, ar), p=oku(m, Q1_24, b), pr=rr(Q1_24, br),
                yoy=pct(m, Q1_25, yoy), amt=oku(m, Q1_25, amt, measure="yoy_amount"),
                h1=oku(m, H1(25), h1, basis=F), h1r=rr(H1(25), h1r, F), h1y=pct(m, H1(25), h1y, basis=F),
                fy=oku(m, FY(25), fy, basis=F), fyr=rr(FY(25), fyr, F), fyy=pct(m, FY(25), fyy, basis=F))

# ---------------------------------------------------------------- quarterly series (百万円)
REV_NW = series("revenue", ["39,058", "39,888", "41,163", "42,468", "42,512"], NW)
REV_SI = series("revenue", ["32,243", "34,356", "40,404", "44,303", "33,560"], SI)
REV_ATM = series("revenue", ["715", "762", "721", "750", "749"], ATM)
REV_TOT = series("revenue", [fullwidth(x) for x in ["72,016", "75,006", "82,288", "87,521", "76,821"]])
REV_FY24 = r.f("revenue", "value", FY(24), "316,831", **MIL)
REV_FY24Y = pct("revenue", FY(24), "+14.8%")
COS_NW = series("cost_of_sales", ["28,424", "28,849", "29,144", "30,887", "30,912"], NW)
COS_SI = series("cost_of_sales", ["29,069", "29,217", "34,501", "36,766", "28,822"], SI)
COS_ATM = series("cost_of_sales", ["390", "402", "386", "394", "394"], ATM)
COS_TOT = series("cost_of_sales", ["57,883", "58,468", "64,031", "68,047", "60,128"])
COS_FY24 = r.f("cost_of_sales", "value", FY(24), "248,429", **MIL)
COS_FY24Y = pct("cost_of_sales", FY(24), "+17.1%")
GM = {name: [r.u(f"粗利率（{name}）", p, d, "%") for p, d in zip(QS, ds)] for name, ds in (
    ("全体", ["19.6%", "22.0%", "22.2%", "22.3%", "21.7%"]),
    ("ネットワークサービス", ["27.2%", "27.7%", "29.2%", "27.3%", "27.3%"]),
    ("システムインテグレーション", ["9.8%", "15.0%", "14.6%", "17.0%", "14.1%"]))}
GP_NW = (oku("gross_profit", Q1_25, "116.0", NW), pct("gross_profit", Q1_25, "+9.1%", NW),
         oku("gross_profit", Q1_25, "+9.7億円", NW, "yoy_amount"))
GP_SI = (oku("gross_profit", Q1_25, "47.4", SI), pct("gross_profit", Q1_25, "+49.3%", SI),
         oku("gross_profit", Q1_25, "+15.6億円", SI, "yoy_amount"))

NWR = {CORP: ["11,642", "11,922", "12,568", "12,862", "12,731"], PERS: ["6,601", "6,600", "6,679", "6,952", "6,958"],
       OUTS: ["13,981", "14,449", "15,004", "15,711", "15,898"], WAN: ["6,834", "6,917", "6,912", "6,943", "6,925"]}
NWR = {k: series("revenue", v, k) for k, v in NWR.items()}
NW_FY24 = r.f("revenue", "value", FY(24), "162,577", segment=NW, **MIL)
NW_FY24Y = pct("revenue", FY(24), "+7.4%", NW)
BAND = [r.u("契約総帯域（Gbps）", AT(e), d, "Gbps") for e, d in zip(ENDS, ["10,580", "11,894", "11,826", "13,832", "14,329"])]


def kpi(seg, amount, yoy, prev, qoq=None):
    """1Q25 amount (億円), YoY, and 1Q24's own YoY; QoQ (百万円) goes to unmapped."""
    out = [oku("revenue", Q1_25, amount, seg) if amount else None, pct("revenue", Q1_25, yoy, seg),
           pct("revenue", Q1_24, prev, seg) if prev else None]
    out.append(r.u(f"QoQ増減（{seg}）", Q1_25, qoq, "JPY", scale="百万円") if qoq else None)
    return out


K_CORP = kpi(CORP, "127.3", "+9.4%", "+8.1%")
K_IP = kpi(IP, "45.7", "+9.5%", "+6.7%", "+54")
K_CMOB = kpi(CMOB, "40.1", "+13.6%", "+12.3%", "△206")
K_MVNE = kpi(MVNE, "28.9", "+4.2%", "+5.5%", "△0")
K_PERS = kpi(PERS, "69.6", "+5.4%", "+10.1%")
K_MIO = kpi(MIO, "61.1", "+7.0%", "+10.3%", "+44")
K_OUTS = kpi(OUTS, "159.0", "+13.7%", "+11.5%", "+187")
K_SECU = kpi(SECU, "95.7", "+11.2%", "+19.4%")
K_WAN = kpi(WAN, "69.3", "+1.3%", "△3.1%", "△18")
K_ONE = kpi("一時売上", "116.9", "△7.3%", "+74.1%")
K_STOCK = kpi("ストック売上", "643.8", "+9.7%", "+9.8%")
K_NWX = kpi(NWX, "295.1", "+9.1%", "+6.4%")
K_MOB = kpi(MOB, "130.1", "+8.3%", "+9.7%")
COMP_ONE = pct("revenue", Q1_25, "15.2%", "一時売上", "composition_pct")
COMP_STOCK = pct("revenue", Q1_25, "83.8%", "ストック売上", "composition_pct")

SEC = series("revenue", ["86.0", "88.1", "90.3", "95.0", "95.7"], SECU, **OKU)
SEC_FY24, SEC_FY24Y = oku("revenue", FY(24), "359.4", SECU), pct("revenue", FY(24), "+16.2%", SECU)
M_MIO = series("revenue", ["57.1", "57.4", "59.4", "60.6", "61.1"], MIO, **OKU)
M_MVNE = series("revenue", ["27.7", "28.0", "29.2", "28.9", "28.9"], MVNE, **OKU)
M_CMOB = series("revenue", ["35.3", "37.1", "40.1", "42.2", "40.1"], CMOB, **OKU)
M_TOT = series("revenue", ["120.1", "122.5", "128.7", "131.7", "130.1"], MOB, **OKU)
MOB_FY24, MOB_FY24Y = oku("revenue", FY(24), "503.0", MOB), pct("revenue", FY(24), "+9.0%", MOB)
MVNE_CUST = [r.u("MVNE顧客数", AT(e), d, "companies") for e, d in zip(ENDS, ["195", "197", "200", "201", "202"])]
GIGA = [r.u("IIJmioギガプラン回線数（万回線）", AT(e), d, "lines", scale=None)
        for e, d in zip(ENDS, ["106.9", "108.4", "108.5", "112.4", "117.5"])]

SI_BUILD = series("revenue", ["12,606", "14,282", "19,838", "22,047", "11,689"], BUILD)
SI_OPS = series("revenue", ["19,637", "20,074", "20,566", "22,256", "21,871"], OPS)
SI_CLOUD = series("revenue", ["8,463", "8,523", "8,403", "8,619", "8,489"], CLOUD)
SI_ONPREM = series("revenue", ["11,174", "11,551", "12,163", "13,637", "13,382"], ONPREM)
SI_BUILD_FY24 = (r.f("revenue", "value", FY(24), "68,773", segment=BUILD, **MIL), pct("revenue", FY(24), "+37.8%", BUILD))
SI_OPS_FY24 = (r.f("revenue", "value", FY(24), "82,533", segment=OPS, **MIL), pct("revenue", FY(24), "+14.8%", OPS))
ORD_BUILD = series("orders_received", ["15,135", "15,144", "15,206", "15,332", "17,073"], BUILD)
ORD_OPS = series("orders_received", ["25,018", "17,675", "25,410", "28,936", "28,244"], OPS)
ORD_BUILD_FY24 = (r.f("orders_received", "value", FY(24), "60,817", segment=BUILD, **MIL),
                  pct("orders_received", FY(24), "+1.6%", BUILD))
ORD_OPS_FY24 = (r.f("orders_received", "value", FY(24), "97,039", segment=OPS, **MIL),
                pct("orders_received", FY(24), "+10.2%", OPS))
BL_BUILD = series("order_backlog", ["23,761", "26,290", "27,152", "22,520", "15,805", "21,189"], BUILD,
                  periods=[AT("2024-03-31")] + [AT(e) for e in ENDS])
BL_OPS = series("order_backlog", ["90,513", "88,114", "92,958", "99,638", "106,011"], OPS, periods=[AT(e) for e in ENDS])

SGA = series("sga", ["9,651", "9,238", "9,334", "10,075", "10,662"])
SGA_R = [pct("sga", p, d, measure="ratio_to_revenue_pct") for p, d in zip(QS, ["13.4%", "12.3%", "11.3%", "11.5%", "13.9%"])]
SGA_FY24, SGA_FY24Y = r.f("sga", "value", FY(24), "38,298", **MIL), pct("sga", FY(24), "+9.9%")
Q9 = [Q(1, 23), Q(2, 23), Q(3, 23), Q(4, 23)] + QS
Q9L = ["1Q23", "2Q23", "3Q23", "4Q23"] + QL
OI9 = series("operating_income", ["5,003", "7,077", "8,200", "8,749", "4,482", "7,300", "8,923", "9,399", "6,031"], periods=Q9)
NI9 = series("net_income_attributable_to_owners", ["3,583", "4,739", "4,657", "6,852", "3,322", "4,151", "6,313", "6,147", "3,777"], periods=Q9)
OIM = [r.u("営業利益率", p, d, "%") for p, d in zip(Q9, ["8.1%", "10.6%", "11.2%", "11.7%", "6.2%", "9.7%", "10.8%", "10.7%", "7.9%"])]
OI_AMT = [None] * 4 + [oku("operating_income", p, d, measure="yoy_amount") for p, d in
                       zip(QS, ["△5.2億円", "+2.2億円", "+7.2億円", "+6.5億円", "+15.5億円"])]
INT = (r.u("支払利息", Q1_25, "327百万円", "JPY", scale="百万円"), r.u("支払利息", Q1_24, "206百万円", "JPY", scale="百万円"))
EQM = (r.u("持分法投資損益", Q1_25, "△108百万円", "JPY", scale="百万円"), r.u("持分法投資損益", Q1_24, "△162百万円", "JPY", scale="百万円"))

# balance sheet (百万円): label, metric or None, 25/3, 25/6, change
BS_L = [("現金及び現金同等物", "cash_and_equivalents", "32,534", "30,020", "△2,514"),
        ("営業債権", None, "56,361", "46,759", "△9,602"), ("棚卸資産", None, "4,681", "5,775", "+1,094"),
        ("前払費用（流動・非流動）", None, "56,930", "62,513", "+5,583"), ("有形固定資産", None, "33,771", "37,365", "+3,594"),
        ("使用権資産", None, "45,756", "44,228", "△1,528"),
        ("　うちオフィス・DC等オペリース", None, "28,958", "27,227", "△1,731"),
        ("　うちNW機器等ファイナンスリース", None, "16,798", "17,001", "+203"),
        ("のれん・無形資産", None, "31,328", "31,573", "+245"), ("持分法で会計処理されている投資", None, "6,639", "6,451", "△188"),
        ("投資有価証券（株式）", None, "15,823", "19,007", "+3,184"), ("その他の投資", None, "10,711", "10,888", "+177"),
        ("その他", None, "17,901", "18,419", "+518"), ("資産合計", "total_assets", "312,435", "312,998", "+563")]
BS_R = [("営業債務及びその他の債務", None, "30,238", "26,543", "△3,695"), ("借入金（流動・非流動）", None, "33,616", "33,600", "△16"),
        ("契約負債・繰延収益", None, "26,043", "30,425", "+4,382"), ("未払法人所得税", None, "5,205", "2,150", "△3,055"),
        ("退職給付に係る負債", None, "4,849", "4,960", "+111"), ("その他の金融負債", None, "58,578", "58,728", "+150"),
        ("　うちオフィス・DC等オペリース", None, "29,714", "27,983", "△1,731"),
        ("　うちNW機器等ファイナンスリース", None, "19,172", "19,561", "+389"),
        ("その他", None, "11,820", "11,555", "△265"), ("負債合計", "total_liabilities", "170,349", "167,961", "△2,388"),
        ("資本金", None, "25,577", "25,584", "+7"), ("資本剰余金", None, "35,865", "35,808", "△57"),
        ("利益剰余金", None, "79,885", "80,663", "+778"), ("その他の資本の構成要素", None, "11,266", "13,427", "+2,161"),
        ("自己株式", None, "△11,910", "△11,817", "+93"),
        ("親会社所有者帰属持分合計", "equity_attributable_to_owners", "140,683", "143,665", "+2,982"),
        ("非支配持分", None, "1,403", "1,372", "△31"), ("負債及び資本合計", "total_assets", "312,435", "312,998", "+563")]


def bsrow(label, m, a, b, c, side=""):
    if m:
        return [label, r.f(m, "value", AT("2025-03-31"), a, **MIL), r.f(m, "value", AT("2025-06-30"), b, **MIL),
                r.f(m, "yoy_amount", AT("2025-06-30"), c, **MIL)]
    lab = side + "/" + label.strip("　")
    return [label, r.u(lab, AT("2025-03-31"), a, "JPY", scale="百万円"), r.u(lab, AT("2025-06-30"), b, "JPY", scale="百万円"),
            r.u(lab + "（増減）", AT("2025-06-30"), c, "JPY", scale="百万円")]


EQR = (r.f("equity_ratio", "value", AT("2025-03-31"), "45.0%", "%"), r.f("equity_ratio", "value", AT("2025-06-30"), "45.9%", "%"))

OCF = series("operating_cf", ["△2,018", "12,545", "8,802", "9,199", "12,106"])
ICF = series("investing_cf", ["△7,259", "△5,121", "△5,495", "△3,874", "△6,825"])
FCF = series("financing_cf", ["△6,892", "△2,837", "△2,730", "△7,208", "△7,759"])
CF_FY24 = {m: r.f(m, "value", FY(24), d, **MIL) for m, d in
           (("operating_cf", "28,528"), ("investing_cf", "△21,749"), ("financing_cf", "△19,667"))}
PBT_CF = (r.f("profit_before_tax", "value", Q1_25, "5,737", **MIL), r.f("profit_before_tax", "yoy_amount", Q1_25, "+698", **MIL))
DEP = (r.f("depreciation", "value", Q1_25, "7,963", **MIL), r.f("depreciation", "yoy_amount", Q1_25, "+364", **MIL))


def cfu(label, a, b):
    return [label, r.u(label, Q1_25, a, "JPY", scale="百万円"), r.u(label + "（前年同期比）", Q1_25, b, "JPY", scale="百万円")]


CAPEX = series("capex", ["9,880", "5,428", "6,038", "4,928", "8,257"])
CAPEX_FL = series("capex", ["3,809", "2,822", "1,408", "2,092", "2,303"], "ファイナンス・リース")
CAPEX_CASH = series("capex", ["6,071", "2,606", "4,630", "2,836", "5,954"], "現金支払")
CAPEX_FY24 = (r.f("capex", "value", FY(24), "26,274", **MIL), pct("capex", FY(24), "+16.7%"))
CAPDEP = [r.u("設備投資償却額", p, d, "JPY", scale="百万円") for p, d in zip(QS, ["4,139", "4,311", "4,377", "4,485", "4,523"])]
CAPDEP_FY24 = (r.u("設備投資償却額", FY(24), "17,312", "JPY", scale="百万円"), r.u("設備投資償却額（YoY）", FY(24), "+10.7%", "%"))
EBITDA = series("ebitda", ["8,621", "11,611", "13,300", "13,884", "10,554"])
EBITDA_FY24 = (r.f("ebitda", "value", FY(24), "47,416", **MIL), pct("ebitda", FY(24), "+6.2%"))
CAPEX_PLAN = oku("capex", FY(25), "約300億円", basis=F)

DIV_Y = [21, 22, 23, 24, 25]
DIV = {}
for y, h1, h2, fy, po, yoy in zip(DIV_Y, ["11.50", "14.625", "17.18", "17.50", "19.50"], ["12.50", "14.63", "17.18", "17.50", "19.50"],
                                  ["24.00", "29.255", "34.36", "35.00", "39.00"], ["27.7%", "28.0%", "30.7%", "31.1%", "30.0%"],
                                  [None, "+21.9%", "+17.5%", "+1.9%", "+11.4%"]):
    b = F if y == 25 else "actual"
    DIV[y] = dict(h1=r.f("dividend_per_share", "value", H1(y), h1, "JPY/share", basis=b),
                  h2=r.f("dividend_per_share", "value", H2(y), h2, "JPY/share", basis=b),
                  fy=r.f("dividend_per_share", "value", FY(y), fy, "JPY/share", basis=b),
                  po=r.f("payout_ratio", "value", FY(y), po, "%", basis=b),
                  yoy=pct("dividend_per_share", FY(y), yoy, basis=b) if yoy else None)
DIV_H1_AMT = r.f("dividend_per_share", "yoy_amount", H1(25), "+¥2.00", "JPY/share", basis=F)
DIV_FY_AMT = r.f("dividend_per_share", "yoy_amount", FY(25), "+¥4.00", "JPY/share", basis=F)
DIV_H1_25 = r.f("dividend_per_share", "value", H1(25), "¥19.50", "JPY/share", basis=F)
DIV_FY_25 = r.f("dividend_per_share", "value", FY(25), "¥39.00", "JPY/share", basis=F)

DEALS = dict(o24=oku("orders_received", Q1_24, "約60億円", "大型案件"), o25=oku("orders_received", Q1_25, "約75億円", "大型案件"),
             one24=oku("revenue", Q1_24, "約7億円", "大型案件/一時"), one25=oku("revenue", Q1_25, "約5億円", "大型案件/一時"),
             mon24=oku("revenue", Q1_24, "約10億円", "大型案件/月額"), mon25=oku("revenue", Q1_25, "約30億円", "大型案件/月額"))
EMP_PLAN = r.f("employees", "yoy_amount", AT("2026-03-31"), "約440名", "persons", basis=F)
NEWGRAD = r.u("新卒入社数（25年4月）", AT("2025-04-01"), "269名", "persons")
RAISE = r.u("昇給率（IIJ単体、25年4月）", FY(25), "約6%", "%")
LINES = (r.u("総回線数（1Q25末、万回線）", AT("2025-06-30"), "577.2万", "lines"), r.u("総回線数 YoY増減（万回線）", AT("2025-06-30"), "+74.8万", "lines"),
         r.u("個人向け回線数 YoY増減（万回線）", AT("2025-06-30"), "+6.1万", "lines"))
EQM_PLAN = (r.u("持分法損益（見通し）", H1(25), "△2", "JPY", scale="億円"), r.u("持分法損益（見通し）", FY(25), "△5", "JPY", scale="億円"))

exec(open("layout.py", encoding="utf-8").read())
