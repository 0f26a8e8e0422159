#!/usr/bin/env python3
"""Writes deck.fodp and ../../iij-fy24-results.expected.json from the figures below.

All figures: IIJ 3774 「FY24決算サマリーおよび今後の成長戦略」 (2025-05-13), seed 001.
Units: 億円 unless stated. FY24 = 2024-04-01..2025-03-31, FY25 = the year after.
"""
import sys
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
    "　上期：各年度の4月～9月、下期：10月～3月",
    "■ 数値の表記",
    "　金額は億円単位で表示（1株当たり配当金は円）。YoYは前年同期比",
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
