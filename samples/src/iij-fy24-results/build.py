#!/usr/bin/env python3
"""Writes deck.fodp and ../../iij-fy24-results.expected.json from the figures below.

Slides 1-10: IIJ 3774 「FY24決算サマリーおよび今後の成長戦略」 (2025-05-13), seed 001, in 億円 unless stated.
Slides 11-15: FY24 quarters, totals and year-end figures as printed (百万円) in IIJ's 1Q FY25 deck, seed 002. FY24 = 2024-04-01..2025-03-31, FY25 = the year after.
"""
import sys
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "deck-common"))  # shared deck writer
from slides import Deck, FY, H1, H2, Q, AT, write_json, W, H

deck = Deck("FY24決算サマリーおよび今後の成長戦略")
r = deck.reg
OKU = dict(unit="JPY", scale="億円")
F = "forecast"

# ---------------------------------------------------------------- data (seed 001)
def pl(metric, fy24, fy25):
    """(上期, 下期, 通期, YoY) for FY24 actual and FY25 plan."""
    out = {}
    for y, basis, (h1, h2, fy, yoy) in ((24, "actual", fy24), (25, F, fy25)):
        out[y] = dict(h1=r.f(metric, "value", H1(y), h1, basis=basis, **OKU),
                      h2=r.f(metric, "value", H2(y), h2, basis=basis, **OKU),
                      fy=r.f(metric, "value", FY(y), fy, basis=basis, **OKU),
                      yoy=r.f(metric, "yoy_pct", FY(y), yoy, "%", basis=basis))
    return out


REV = pl("revenue", ("1,470", "1,698", "3,168", "+14.8%"), ("1,580", "1,820", "3,400", "+7.3%"))
OI = pl("operating_income", ("118", "183", "301", "+3.7%"), ("155", "210", "365", "+21.2%"))
NI = pl("net_income_attributable_to_owners", ("75", "124", "199", "+0.5%"), ("94", "136", "230", "+15.4%"))
DPS = {}
for y, basis, (h1, h2, fy, yoy) in ((24, "actual", ("¥17.50", "¥17.50", "¥35.00", "+1.9%")),
                                    (25, F, ("¥19.50", "¥19.50", "¥39.00", "+11.4%"))):
    DPS[y] = dict(h1=r.f("dividend_per_share", "value", H1(y), h1, "JPY/share", basis=basis),
                  h2=r.f("dividend_per_share", "value", H2(y), h2, "JPY/share", basis=basis),
                  fy=r.f("dividend_per_share", "value", FY(y), fy, "JPY/share", basis=basis),
                  yoy=r.f("dividend_per_share", "yoy_pct", FY(y), yoy, "%", basis=basis))

SI_BUILD_YOY = r.f("revenue", "yoy_pct", FY(24), "+37.8%", "%", segment="システムインテグレーション/構築")
STOCK_YOY = r.f("revenue", "yoy_pct", FY(24), "+9.8%", "%", segment="ストック売上")
VMW = [("FY24通期", FY(24), "約△15億円"), ("1Q", Q(1, 24), "△12億円"), ("2Q", Q(2, 24), "△4億円"),
       ("4Q", Q(4, 24), "+1億円")]
VMW = {k: r.u("VMwareライセンス値上げの利益影響額", p, d, "JPY", scale="億円") for k, p, d in VMW}

DEAL_ORD = {23: r.f("orders_received", "value", FY(23), "約338億円", segment="大型案件", **OKU),
            24: r.f("orders_received", "value", FY(24), "約450億円", segment="大型案件", **OKU)}
DEAL_CNT = {23: r.u("大型案件獲得件数", FY(23), "10件", "cases"), 24: r.u("大型案件獲得件数", FY(24), "15件", "cases")}
DEAL_ONE = {23: r.f("revenue", "value", FY(23), "約54億円", segment="大型案件/一時", **OKU),
            24: r.f("revenue", "value", FY(24), "約100億円", segment="大型案件/一時", **OKU)}
DEAL_MON = {23: r.f("revenue", "value", FY(23), "約31億円", segment="大型案件/月額", **OKU),
            24: r.f("revenue", "value", FY(24), "約68億円", segment="大型案件/月額", **OKU)}

EMP = {23: r.f("employees", "value", AT("2024-03-31"), "4,803名", "persons"),
       24: r.f("employees", "value", AT("2025-03-31"), "5,221名", "persons")}
EMP_INC = r.f("employees", "yoy_amount", AT("2025-03-31"), "+418名", "persons")
EMP_PLAN = r.f("employees", "yoy_amount", AT("2026-03-31"), "約440名", "persons", basis=F)
NEWGRAD = {23: r.u("新卒入社数", FY(23), "+246名", "persons"), 24: r.u("新卒入社数", FY(24), "+307名", "persons"),
           25: r.u("新卒入社数（計画）", FY(25), "269名", "persons")}
TURN = {23: r.u("離職率（IIJ単体）", FY(23), "4.6%", "%"), 24: r.u("離職率（IIJ単体）", FY(24), "3.9%", "%")}
RAISE = r.u("昇給率（IIJ単体、25年4月）", FY(25), "約6%", "%")
PENSION = r.u("退職給付引当金戻り（販管費・2Q予定）", Q(2, 25), "10億円強", "JPY", scale="億円")

MX = {"pc": r.u("情報漏えいの可能性がある契約数（最大）", None, "6,493契約", "cases"),
      "pa": r.u("情報漏えいの可能性があるメールアカウント数", None, "4,072,650件", "cases"),
      "cc": r.u("情報漏えいが確認された契約数", None, "586契約", "cases"),
      "ca": r.u("情報漏えいが確認されたメールアカウント数", None, "311,288件", "cases")}

BLUE, LIGHT = "#2e5cb8", "#9db7e3"

# ---------------------------------------------------------------- 1 title
s = deck.slide()
s.rect(0, 0, W, 0.6, "#1a3a8a")
s.text(2.0, 3.2, 26, 1.2, "株式会社インターネットイニシアティブ（IIJ）", 22, bold=True)
s.text(2.0, 4.5, 26, 1.0, "プライム市場（証券コード：3774）", 16)
s.text(2.0, 7.2, 30, 1.8, "FY24決算サマリーおよび今後の成長戦略", 32, bold=True, color="#1a3a8a")
s.text(2.0, 9.2, 20, 1.0, "説明資料（IFRS・連結）", 18)
s.text(2.0, 12.5, 12, 1.0, "2025年5月13日", 16)

# ---------------------------------------------------------------- 2 notes
s = deck.slide("本資料のご利用にあたって")
s.text(1.5, 2.8, 30, 9.0, [
    "■ 期間の表記",
    "　FY24：2025年3月期（2024年4月1日～2025年3月31日）",
    "　FY25：2026年3月期（2025年4月1日～2026年3月31日）",
    "　上期：各年度の4月～9月、下期：10月～3月。1Q24～4Q24：FY24の各四半期",
    "■ 数値の表記",
    "　金額は億円単位で表示（p.11以降は百万円、1株当たり配当金は円）。YoYは前年同期比",
    "　当期利益は親会社の所有者に帰属する当期利益",
    "　NW：ネットワーク、SI：システムインテグレーション",
    "■ 将来に関する記述について",
    "　計画・見通しの数値は本資料作成時点の判断に基づくもので、",
    "　実際の業績は様々な要因により変動する場合があります。"], 16)

# ---------------------------------------------------------------- 3 incident
s = deck.slide("IIJセキュアMXサービスにおける情報漏えい事案")
s.text(1.5, 2.6, 30, 1.0, "不正アクセスにより、サービスをご利用のお客様情報の一部が外部に流出しました。", 15)
s.table(1.5, 4.2, [11.0, 6.0, 7.0], 1.1, ["区分", "契約数", "メールアカウント数"], [
    ["漏えいの可能性がある範囲", MX["pc"], MX["pa"]],
    ["漏えいを確認した範囲", MX["cc"], MX["ca"]]], size=14, where="情報漏えい事案")
s.text(1.5, 8.2, 30, 6.5, [
    "経緯",
    "　2024/8/3　 不正アクセスの開始（調査により判明）",
    "　2025/4/10　事象を認識、お客様へのご連絡を開始",
    "　2025/4/15　第一報を公表",
    "　2025/4/18　JVNにて脆弱性情報が公開",
    "　2025/4/22　第二報（調査結果）を公表",
    "再発防止：振る舞い検知の強化、WAFの多層化を順次実施"], 14)

# ---------------------------------------------------------------- 4/5 charts
CATS = ["FY24実績", "FY25計画"]


def plchart(s, x, title, d, vmax, top_fmt="{}YoY"):
    s.text(x, 2.5, 13, 0.9, title, 16, bold=True)
    s.bars(x, 3.2, 11.5, 13.2, CATS,
           [("上期", BLUE, [d[24]["h1"], d[25]["h1"]]), ("下期", LIGHT, [d[24]["h2"], d[25]["h2"]])],
           totals=[d[24]["fy"], d[25]["fy"]],
           top=[[d[24]["yoy"], "YoY"], [d[25]["yoy"], "YoY"]], vmax=vmax, size=13, where=title)


s = deck.slide("FY24決算概要・FY25事業計画 ①", "単位：億円")
plchart(s, 1.5, "売上高（売上収益）", REV, 3400)
plchart(s, 18.0, "営業利益", OI, 365)
s.text(1.5, 16.6, 30, 0.8, "+%YoY＝前年同期比。上期＝4月～9月、下期＝10月～3月", 11)

s = deck.slide("FY24決算概要・FY25事業計画 ②", "単位：億円")
plchart(s, 1.5, "当期利益（親会社の所有者に帰属）", NI, 230)
s.text(18.0, 2.5, 14, 0.9, "1株当たり配当金（円）", 16, bold=True)
s.bars(18.0, 3.2, 11.5, 13.2, CATS,
       [("中間", BLUE, [DPS[24]["h1"], DPS[25]["h1"]]), ("期末", LIGHT, [DPS[24]["h2"], DPS[25]["h2"]])],
       totals=[DPS[24]["fy"], DPS[25]["fy"]], top=[[DPS[24]["yoy"], "YoY"], [DPS[25]["yoy"], "YoY"]],
       vmax=39, size=13, where="1株当たり配当金")
s.text(1.5, 16.6, 30, 0.8, "当期利益は親会社の所有者に帰属する当期利益。配当金の合計は年間", 11)

# ---------------------------------------------------------------- 6 table
s = deck.slide("FY24実績・FY25計画 サマリー", "単位：億円")
rows = []
for label, d in (("売上高", REV), ("営業利益", OI), ("当期利益（親会社の所有者に帰属）", NI)):
    rows.append([label, d[24]["h1"], d[24]["h2"], d[24]["fy"], d[24]["yoy"],
                 d[25]["h1"], d[25]["h2"], d[25]["fy"], d[25]["yoy"]])
rows.append(["1株当たり配当金（円）", DPS[24]["h1"], DPS[24]["h2"], DPS[24]["fy"], DPS[24]["yoy"],
             DPS[25]["h1"], DPS[25]["h2"], DPS[25]["fy"], DPS[25]["yoy"]])
s.table(1.5, 3.0, [8.6, 2.8, 2.8, 2.8, 2.6, 2.8, 2.8, 2.8, 2.6], 1.3,
        ["", "FY24実績\n上期", "FY24実績\n下期", "FY24実績\n通期", "\nYoY",
         "FY25計画\n上期", "FY25計画\n下期", "FY25計画\n通期", "\nYoY"], rows, size=14,
        where="FY24実績・FY25計画 サマリー", stripe="#f2f5fb")
s.text(1.5, 10.6, 30, 2.4, ["1株当たり配当金は上期欄に中間配当、下期欄に期末配当、通期欄に年間配当を記載",
                            "FY25の数値は2025年5月13日時点の計画"], 12)

# ---------------------------------------------------------------- 7 FY24 review
s = deck.slide("FY24の振り返り")
s.text(1.5, 2.6, 30, 1.0, "大型NW構築・運営案件の獲得が多業種で定着。計画を上回る増収", 17, bold=True, color="#1a3a8a")
s.text(1.5, 4.0, 15, 4.0, ["■ 売上の内訳",
                           "システムインテグレーション",
                           f"　うち構築（一時売上）：{SI_BUILD_YOY}YoY",
                           f"ストック売上：{STOCK_YOY}YoY"], 15, facts=[SI_BUILD_YOY, STOCK_YOY],
       where="FY24の振り返り 売上の内訳")
s.text(17.5, 4.0, 15, 1.0, "■ VMwareライセンス値上げの利益影響（FY24）", 15)
s.table(17.5, 5.2, [7.5, 6.0], 1.0, ["期間", "影響額"],
        [["FY24通期", VMW["FY24通期"]], ["1Q", VMW["1Q"]], ["2Q", VMW["2Q"]], ["3Q", "‐"], ["4Q", VMW["4Q"]]],
        size=13, where="VMware影響")
s.text(1.5, 9.0, 15, 5.0, ["■ 価格転嫁の状況",
                           "クラウド：上期に直接転嫁",
                           "NWサービス：下期初に一部価格改定",
                           "転嫁はおおむね完了。対応リソースの影響で",
                           "NWサービスの積み上げは想定を下回る"], 14)

# ---------------------------------------------------------------- 8 FY25 plan
s = deck.slide("FY25事業計画の前提")
s.text(1.5, 2.6, 30, 1.0, "大型案件の継続獲得とNWサービスの積み上げで、中計3年目に向け利益水準を引き上げ",
       17, bold=True, color="#1a3a8a")
s.text(1.5, 4.2, 30, 10, [
    "■ 大型NW構築・運営案件",
    "　金融・一般事業法人で社内外NWの更改需要が継続。運用のフルアウトソース需要も顕在化",
    "■ NWサービス",
    "　営業体制を大口・NWサービス・パートナー対応に再編し、機能拡張を推進",
    "■ 人的資本",
    f"　連結従業員 純増{EMP_PLAN}（見込み）、うち新卒{NEWGRAD[25]}",
    f"　25年4月昇給率 {RAISE}（IIJ単体）",
    f"　退職金制度を確定拠出年金中心に改定：退職給付引当金戻り {PENSION}（販管費・2Q予定）",
    "■ 事業環境",
    "　IT投資需要は高水準。米国関税の直接影響は限定的、国内景気による支出減退には留意"], 15,
    facts=[EMP_PLAN, NEWGRAD[25], RAISE, PENSION], where="FY25事業計画の前提")

# ---------------------------------------------------------------- 9 large deals
s = deck.slide("大型案件の獲得と売上計上", "単位：億円")
s.text(1.5, 2.5, 14, 0.9, "大型案件の獲得推移（獲得総額）", 16, bold=True)
s.bars(1.5, 3.4, 11.0, 11.5, ["FY23", "FY24"], [("獲得総額", BLUE, [DEAL_ORD[23], DEAL_ORD[24]])],
       legend=False, size=14, where="大型案件の獲得推移")
s.text(1.5, 15.0, 11.0, 0.8, f"件数　FY23：{DEAL_CNT[23]}　FY24：{DEAL_CNT[24]}", 13,
       facts=[DEAL_CNT[23], DEAL_CNT[24]], where="大型案件の獲得件数")
s.text(17.5, 2.5, 15, 0.9, "大型案件の年度売上推移", 16, bold=True)
s.bars(17.5, 3.4, 11.0, 11.5, ["FY23", "FY24"],
       [("月額", LIGHT, [DEAL_MON[23], DEAL_MON[24]]), ("一時", BLUE, [DEAL_ONE[23], DEAL_ONE[24]])],
       size=14, where="大型案件の年度売上推移", vmax=180)
s.text(1.5, 16.2, 31, 1.2, ["大型案件：10億円以上の複数年案件。左は獲得総額、右はFY22以降に獲得した大型案件の年度売上計上額"], 11)

# ---------------------------------------------------------------- 10 people
s = deck.slide("人的資本の拡充")
s.text(1.5, 2.5, 14, 0.9, "連結従業員数（各年度末）", 16, bold=True)
s.bars(1.5, 3.4, 11.0, 11.0, ["FY23", "FY24"], [("連結従業員数", BLUE, [EMP[23], EMP[24]])],
       legend=False, size=14, where="連結従業員数", vmax=5600)
s.text(1.5, 14.6, 14, 1.8, [f"FY24増減：{EMP_INC}", f"新卒入社　FY23：{NEWGRAD[23]}　FY24：{NEWGRAD[24]}"], 13,
       facts=[EMP_INC, NEWGRAD[23], NEWGRAD[24]], where="連結従業員数")
s.text(17.5, 2.5, 15, 0.9, "離職率（IIJ単体）", 16, bold=True)
s.table(17.5, 3.6, [6.0, 4.0, 4.0], 1.1, ["", "FY23", "FY24"], [["離職率", TURN[23], TURN[24]]],
        size=14, where="離職率")
s.text(17.5, 6.6, 15, 4, ["採用と定着の両面で人員基盤を強化",
                          "FY25は純増計画を上乗せし、賃金テーブルも改定"], 14)

# ================================================================ FY24 quarters and year end (seed 002)
# The figures below are FY24 figures as printed in IIJ's 1Q FY25 deck (seed 002): quarters 1Q24-4Q24,
# FY24 totals, the balance sheet at 25年3月末. Units 百万円 unless the print says 億円 or %.
MIL = dict(unit="JPY", scale="百万円")
QS = [Q(1, 24), Q(2, 24), Q(3, 24), Q(4, 24)]
QL = ["1Q24", "2Q24", "3Q24", "4Q24"]
NW, SI, ATM = "ネットワークサービス", "システムインテグレーション", "ATM運営事業"


def qseries(metric, displays, segment=None, measure="value", unit=None):
    if unit:
        return [r.f(metric, measure, p, d, unit, segment=segment) for p, d in zip(QS, displays)]
    return [r.f(metric, measure, p, d, segment=segment, **MIL) for p, d in zip(QS, displays)]


def qunm(label, displays, unit="JPY", scale="百万円"):
    return [r.u(label, p, d, unit, scale=scale if unit == "JPY" else None) for p, d in zip(QS, displays)]


# revenue by segment; each quarter's segments add up to its total, the quarters to the FY24 total
QREV = {NW: qseries("revenue", ["39,058", "39,888", "41,163", "42,468"], NW),
        SI: qseries("revenue", ["32,243", "34,356", "40,404", "44,303"], SI),
        ATM: qseries("revenue", ["715", "762", "721", "750"], ATM)}
QREV_TOT = qseries("revenue", ["72,016", "75,006", "82,288", "87,521"])
REV_FY24_MIL = r.f("revenue", "value", FY(24), "316,831", **MIL)      # = 3,168億円 of p.4/p.6
NW_FY24 = (r.f("revenue", "value", FY(24), "162,577", segment=NW, **MIL), r.f("revenue", "yoy_pct", FY(24), "+7.4%", "%", segment=NW))
# cost of sales by segment, 販売管理費等 (SG&A incl. other income/expenses) and its ratio to revenue
QCOS = {NW: qseries("cost_of_sales", ["28,424", "28,849", "29,144", "30,887"], NW),
        SI: qseries("cost_of_sales", ["29,069", "29,217", "34,501", "36,766"], SI),
        ATM: qseries("cost_of_sales", ["390", "402", "386", "394"], ATM)}
QCOS_TOT = qseries("cost_of_sales", ["57,883", "58,468", "64,031", "68,047"])
COS_FY24 = (r.f("cost_of_sales", "value", FY(24), "248,429", **MIL), r.f("cost_of_sales", "yoy_pct", FY(24), "+17.1%", "%"))
QSGA = qseries("sga", ["9,651", "9,238", "9,334", "10,075"])
QSGA_R = qseries("sga", ["13.4%", "12.3%", "11.3%", "11.5%"], measure="ratio_to_revenue_pct", unit="%")
SGA_FY24 = (r.f("sga", "value", FY(24), "38,298", **MIL), r.f("sga", "yoy_pct", FY(24), "+9.9%", "%"))
# operating income and profit attributable to owners by quarter (revenue - cost - SG&A = OI for every quarter)
QOI = qseries("operating_income", ["4,482", "7,300", "8,923", "9,399"])
QNI = qseries("net_income_attributable_to_owners", ["3,322", "4,151", "6,313", "6,147"])
QOIM = qunm("営業利益率", ["6.2%", "9.7%", "10.8%", "10.7%"], unit="%")
BRIDGE = [("金融損益（純額）", ["719", "△1,294", "722", "△653"]), ("持分法投資損益", ["△162", "71", "△173", "△150"]),
          ("法人所得税費用", ["△1,654", "△1,915", "△3,092", "△2,419"]), ("非支配持分損益", ["63", "11", "67", "30"])]
BRIDGE = [(lab, qunm(lab, ds)) for lab, ds in BRIDGE]
# balance sheet at 25年3月末 (2025-03-31)
END = AT("2025-03-31")


def bs(label, display, metric=None, side=""):
    if metric:
        return [label, r.f(metric, "value", END, display, **MIL)]
    return [label, r.u(side + "/" + label.strip("　"), END, display, "JPY", scale="百万円")]


BS_A = [bs("現金及び現金同等物", "32,534", "cash_and_equivalents"), bs("営業債権", "56,361", side="資産"),
        bs("棚卸資産", "4,681", side="資産"), bs("前払費用（流動・非流動）", "56,930", side="資産"),
        bs("有形固定資産", "33,771", side="資産"), bs("使用権資産", "45,756", side="資産"),
        bs("　うちオフィス・DC等のオペリース", "28,958", side="資産"),
        bs("　うちNW機器等のファイナンス・リース", "16,798", side="資産"),
        bs("のれん・無形資産", "31,328", side="資産"), bs("持分法で会計処理されている投資", "6,639", side="資産"),
        bs("投資有価証券（株式）", "15,823", side="資産"), bs("その他の投資", "10,711", side="資産"),
        bs("その他", "17,901", side="資産"), bs("資産合計", "312,435", "total_assets")]
BS_L = [bs("営業債務及びその他の債務", "30,238", side="負債"), bs("借入金（流動・非流動）", "33,616", side="負債"),
        bs("契約負債・繰延収益", "26,043", side="負債"), bs("未払法人所得税", "5,205", side="負債"),
        bs("退職給付に係る負債", "4,849", side="負債"), bs("その他の金融負債", "58,578", side="負債"),
        bs("　うちオフィス・DC等のオペリース", "29,714", side="負債"),
        bs("　うちNW機器等のファイナンス・リース", "19,172", side="負債"),
        bs("その他", "11,820", side="負債"), bs("負債合計", "170,349", "total_liabilities"),
        bs("資本金", "25,577", side="資本"), bs("資本剰余金", "35,865", side="資本"), bs("利益剰余金", "79,885", side="資本"),
        bs("その他の資本の構成要素", "11,266", side="資本"), bs("自己株式", "△11,910", side="資本"),
        bs("親会社所有者帰属持分合計", "140,683", "equity_attributable_to_owners"),
        bs("非支配持分", "1,403", side="資本"), bs("負債及び資本合計", "312,435", "total_assets")]
EQR = r.f("equity_ratio", "value", END, "45.0%", "%")
# cash flows, CAPEX, Adjusted EBITDA (= operating income + 設備投資償却額), payout ratio
CF = {m: r.f(m, "value", FY(24), d, **MIL) for m, d in
      (("operating_cf", "28,528"), ("investing_cf", "△21,749"), ("financing_cf", "△19,667"))}
CAPEX_FY24 = (r.f("capex", "value", FY(24), "26,274", **MIL), r.f("capex", "yoy_pct", FY(24), "+16.7%", "%"))
QCAPDEP = qunm("設備投資償却額", ["4,139", "4,311", "4,377", "4,485"])
CAPDEP_FY24 = (r.u("設備投資償却額", FY(24), "17,312", "JPY", scale="百万円"), r.u("設備投資償却額（YoY）", FY(24), "+10.7%", "%"))
QEBITDA = qseries("ebitda", ["8,621", "11,611", "13,300", "13,884"])
EBITDA_FY24 = (r.f("ebitda", "value", FY(24), "47,416", **MIL), r.f("ebitda", "yoy_pct", FY(24), "+6.2%", "%"))
PAYOUT = r.f("payout_ratio", "value", FY(24), "31.1%", "%")
ORANGE, GRAY = "#e8a33d", "#8a8a8a"

# ---------------------------------------------------------------- 11 revenue by quarter
s = deck.slide("FY24 四半期業績 ① 売上収益（売上高）", "単位：百万円")
s.text(1.5, 2.5, 20, 0.9, "事業別売上収益の四半期推移", 16, bold=True)
s.bars(1.5, 3.2, 17.0, 13.0, QL,
       [("ネットワークサービス", BLUE, QREV[NW]), ("システムインテグレーション", LIGHT, QREV[SI]),
        ("ATM運営事業", ORANGE, QREV[ATM])], totals=QREV_TOT, vmax=90000, size=12, where="事業別売上収益の四半期推移")
s.rect(25.2, 3.4, 7.2, 8.6, "#f2f5fb")
s.text(25.5, 3.6, 6.8, 8.2, ["FY24通期", "", "売上収益", f"{REV_FY24_MIL}", f"（{REV[24]['yoy']}YoY）", "",
                             "うちネットワークサービス", f"{NW_FY24[0]}", f"（{NW_FY24[1]}YoY）"], 14,
       facts=[REV_FY24_MIL, REV[24]["yoy"], NW_FY24[0], NW_FY24[1]], where="FY24通期 売上収益")
s.text(25.2, 12.4, 7.4, 3.6, ["売上は四半期ごとに増加。", "下期はSI構築案件の検収が", "重なり、増加幅が拡大"], 12)
s.text(1.5, 16.6, 30, 0.8, "棒の上は四半期の合計。YoY＝前年同期比。FY24通期の売上収益はp.4の億円表示と同じ実績", 11)

# ---------------------------------------------------------------- 12 cost and SG&A by quarter
s = deck.slide("FY24 四半期業績 ② 売上原価・販売管理費等", "単位：百万円")
NA = None
rows = [["売上原価　ネットワークサービス"] + QCOS[NW] + [NA, NA],
        ["　　　　　システムインテグレーション"] + QCOS[SI] + [NA, NA],
        ["　　　　　ATM運営事業"] + QCOS[ATM] + [NA, NA],
        ["売上原価　合計"] + QCOS_TOT + list(COS_FY24),
        ["販売管理費等"] + QSGA + list(SGA_FY24),
        ["　売上高比率"] + QSGA_R + [NA, NA]]
s.table(1.5, 2.9, [10.0, 3.2, 3.2, 3.2, 3.2, 3.8, 3.0], 1.15,
        ["", "1Q24", "2Q24", "3Q24", "4Q24", "FY24通期", "YoY"], rows, size=13,
        where="売上原価・販売管理費等の四半期推移", stripe="#f2f5fb")
s.text(1.5, 11.6, 31, 4.2, ["・販売管理費等：販売費及び一般管理費（研究開発費を含む）に、その他の収益・その他の費用を加減した額",
                            "・売上原価は下期にSIの構築売上の増加に伴い増加。NWサービス原価は四半期ごとに緩やかに増加",
                            "・販売管理費等は1Qに新卒受入れに伴う研修費等が増える季節性あり",
                            "・YoY＝前年同期比。売上高比率＝販売管理費等÷売上収益"], 13)

# ---------------------------------------------------------------- 13 OI and net income by quarter
s = deck.slide("FY24 四半期業績 ③ 営業利益・当期利益", "単位：百万円")
s.text(1.5, 2.5, 14, 0.9, "営業利益", 16, bold=True)
s.bars(1.5, 3.0, 13.0, 8.8, QL, [("営業利益", BLUE, QOI)], legend=False, vmax=10000, size=13,
       where="営業利益の四半期推移")
s.text(1.5, 11.9, 14, 0.8, f"FY24通期：{OI[24]['fy']}億円（{OI[24]['yoy']}YoY）", 13, bold=True,
       facts=[OI[24]["fy"], OI[24]["yoy"]], where="営業利益 FY24通期")
s.table(1.5, 13.0, [3.8] + [2.3] * 4, 0.85, [""] + QL, [["営業利益率"] + QOIM], size=11, where="営業利益率")
s.text(18.0, 2.5, 15, 0.9, "当期利益（親会社の所有者に帰属）", 16, bold=True)
s.bars(18.0, 3.0, 13.0, 8.8, QL, [("当期利益", BLUE, QNI)], legend=False, vmax=10000, size=13,
       where="当期利益の四半期推移")
s.text(18.0, 11.9, 15, 0.8, f"FY24通期：{NI[24]['fy']}億円（{NI[24]['yoy']}YoY）", 13, bold=True,
       facts=[NI[24]["fy"], NI[24]["yoy"]], where="当期利益 FY24通期")
s.table(18.0, 13.0, [5.2] + [2.2] * 4, 0.72, ["営業利益と当期利益の間の主な項目"] + QL,
        [[lab] + fs for lab, fs in BRIDGE], size=10, where="営業利益から当期利益まで")
s.text(1.5, 16.1, 15, 1.3, ["営業利益率＝営業利益÷売上収益。通期の億円表示はp.4・p.5と同じ実績"], 10)

# ---------------------------------------------------------------- 14 balance sheet at 25年3月末
s = deck.slide("FY24末 連結財政状態（25年3月末）", "単位：百万円")
s.table(1.5, 2.5, [11.0, 4.0], 0.74, ["資産", "25年3月末"], BS_A, size=11, where="連結財政状態 資産")
s.table(17.5, 2.5, [11.0, 4.0], 0.74, ["負債及び資本", "25年3月末"], BS_L, size=11, where="連結財政状態 負債及び資本")
s.text(1.5, 14.2, 15, 2.2, [f"親会社所有者帰属持分比率：{EQR}", "前払費用は主に顧客向け案件、ライセンス、設備保守に係るもの"], 12,
       facts=[EQR], where="親会社所有者帰属持分比率")

# ---------------------------------------------------------------- 15 cash flow, CAPEX, EBITDA
s = deck.slide("FY24 キャッシュ・フローと設備投資", "単位：百万円")
s.text(1.5, 2.5, 14, 0.9, "FY24通期", 16, bold=True)
s.table(1.5, 3.5, [8.0, 3.6, 2.8], 1.05, ["", "FY24", "YoY"], [
    ["営業キャッシュ・フロー", CF["operating_cf"], None], ["投資キャッシュ・フロー", CF["investing_cf"], None],
    ["財務キャッシュ・フロー", CF["financing_cf"], None], ["設備投資額（CAPEX）", CAPEX_FY24[0], CAPEX_FY24[1]],
    ["設備投資償却額", CAPDEP_FY24[0], CAPDEP_FY24[1]], ["Adjusted EBITDA", EBITDA_FY24[0], EBITDA_FY24[1]]],
    size=13, where="FY24 キャッシュ・フロー・CAPEX・EBITDA")
s.text(1.5, 11.2, 14.5, 1.0, f"配当性向（FY24）：{PAYOUT}", 13, bold=True, facts=[PAYOUT], where="配当性向")
s.text(1.5, 12.5, 14.5, 3.6, ["CAPEXは現金支払とファイナンス・リースによる取得の合計。",
                              "Adjusted EBITDA＝営業利益＋設備投資償却額"], 11)
s.text(18.0, 2.5, 15, 0.9, "Adjusted EBITDAの四半期推移", 16, bold=True)
s.bars(18.0, 3.2, 10.5, 13.0, QL, [("営業利益", BLUE, QOI), ("設備投資償却額", LIGHT, QCAPDEP)],
       totals=QEBITDA, vmax=15000, size=12, where="Adjusted EBITDAの四半期推移")
s.text(18.0, 16.4, 15, 0.8, "棒の上の数値がAdjusted EBITDA", 10)

# ---------------------------------------------------------------- write
open("deck.fodp", "w", encoding="utf-8").write(deck.fodp())
doc = {"kind": "kessan_deck",
       "company": {"name": "株式会社インターネットイニシアティブ", "securitiesCode": "3774", "market": "東証プライム"},
       "publishedOn": "2025-05-13", "accountingStandard": "IFRS", "fiscalYearEndMonth": 3}
write_json("../../iij-fy24-results.expected.json", r.golden("iij-fy24-results.pdf", doc))
if len(sys.argv) > 1:
    bad = __import__("slides").verify(sys.argv[1], r)
    print(f"{len(r.facts)} facts, {len(r.unmapped)} unmapped, {len(r.printed)} prints checked, {len(bad)} problems")
    for b in bad:
        print(" ", b)
    sys.exit(1 if bad else 0)
