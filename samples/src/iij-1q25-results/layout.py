# Slide layout of the 1Q25 deck; exec'd by build.py after the figures are defined.
BLUE, LIGHT, GREY, GREEN, ORANGE, PURPLE = "#2e5cb8", "#9db7e3", "#c9c9c9", "#2f7d4f", "#f0a04b", "#7a4fa0"
NAVY = "#1a3a8a"

def bullets(s, x, y, w, lines, size=13, facts=(), where="", h=None):
    s.text(x, y, w, h or 0.72 * len(lines) + 0.2, lines, size, facts=[f for f in facts if f], where=where)

def kline(label, k, unit="億円"):
    """'1Q25：127.3億円・+9.4%YoY（1Q24: +8.1%YoY）' from a kpi() tuple."""
    t = f"{label}1Q25：{k[0]}{unit}・{k[1]}YoY"
    if k[2]:
        t += f"（1Q24: {k[2]}YoY）"
    return t


def qoq(k):
    return [f"　　QoQ：{k[3]}百万円"]

# ---------------------------------------------------------------- 1 title
s = deck.slide()
s.rect(0, 0, W, 0.6, NAVY)
s.text(2.0, 3.2, 26, 1.2, "株式会社インターネットイニシアティブ（IIJ）", 22, bold=True)
s.text(2.0, 4.5, 26, 1.0, "プライム市場（証券コード：3774）", 16)
s.text(2.0, 7.0, 30, 1.8, "2026年3月期 第1四半期 連結業績説明資料", 30, bold=True, color=NAVY)
s.text(2.0, 9.0, 30, 1.0, "1Q25（2025年4月～2025年6月）・IFRS", 18)
s.text(2.0, 12.5, 12, 1.0, "2025年8月7日", 16)
s.text(2.0, 14.2, 30, 1.6, ["FY25＝2026年3月期（2025年4月～2026年3月）。NW：ネットワーク、SI：システムインテグレーション",
                            "当期利益は親会社の所有者に帰属する当期利益。YoY＝前年同期比、QoQ＝前四半期比"], 11)

# ---------------------------------------------------------------- 2 overview (1)
s = deck.slide("Ⅰ. 1Q25決算概要 ①", "単位：億円")
q = S
s.rect(1.5, 2.6, 30.8, 2.5, "#eef2fa")
bullets(s, 1.8, 2.7, 30, [
    f"売上収益：{q['revenue']['q']}億円・{q['revenue']['yoy']}YoY　　売上総利益：{q['gross_profit']['q']}億円・{q['gross_profit']['yoy']}YoY",
    f"営業利益：{q['operating_income']['q']}億円・{q['operating_income']['yoy']}YoY　　当期利益：{q['net_income_attributable_to_owners']['q']}億円・{q['net_income_attributable_to_owners']['yoy']}YoY"],
    17, facts=[q[m][k] for m in ("revenue", "gross_profit", "operating_income", "net_income_attributable_to_owners") for k in ("q", "yoy")],
    where="1Q25決算概要 ヘッドライン", h=2.3)
SI_Q = oku("revenue", Q1_25, "335.6", SI)
SI_Y = pct("revenue", Q1_25, "+4.1%", SI)
B_Q, B_Y = oku("revenue", Q1_25, "116.9", BUILD), pct("revenue", Q1_25, "△7.3%", BUILD)
O_Q, O_Y = oku("revenue", Q1_25, "218.7", OPS), pct("revenue", Q1_25, "+11.4%", OPS)
BL = (oku("order_backlog", AT("2025-03-31"), "158.1", BUILD), oku("order_backlog", AT("2024-03-31"), "237.6", BUILD))
OR = (oku("orders_received", Q1_25, "453.2", SI), pct("orders_received", Q1_25, "+12.9%", SI),
      oku("orders_received", Q1_25, "170.7", BUILD), pct("orders_received", Q1_25, "+12.8%", BUILD),
      oku("orders_received", Q1_25, "282.4", OPS), pct("orders_received", Q1_25, "+12.9%", OPS))
s.text(1.5, 5.6, 6, 0.9, "SI", 18, bold=True, color=NAVY)
bullets(s, 4.5, 5.6, 28, [
    f"1Q25売上：{SI_Q}億円・{SI_Y}YoY",
    f"　うち構築：{B_Q}億円・{B_Y}YoY、運用保守：{O_Q}億円・{O_Y}YoY",
    f"　構築の期末受注残　4Q24末：{BL[0]}億円、4Q23末：{BL[1]}億円",
    f"1Q25受注：{OR[0]}億円・{OR[1]}YoY",
    f"　うち構築：{OR[2]}億円・{OR[3]}YoY、運用保守：{OR[4]}億円・{OR[5]}YoY",
    "運用保守（ストック）が伸長、構築は受注残の水準どおりに推移"], 15,
    facts=[SI_Q, SI_Y, B_Q, B_Y, O_Q, O_Y, *BL, *OR], where="1Q25決算概要 SI")
s.text(1.5, 11.0, 30, 0.9, "受注環境", 16, bold=True, color=NAVY)
bullets(s, 1.5, 11.9, 30, ["NWの更改需要が引き続き強く、メガバンク向けを含む大型案件を複数獲得",
                           "工数単価は毎期初に見直し、人件費・外注費の変動を反映"], 14)

# ---------------------------------------------------------------- 3 overview (2)
s = deck.slide("Ⅰ. 1Q25決算概要 ②", "単位：億円")
s.text(1.5, 2.5, 6, 0.9, "NWサービス", 16, bold=True, color=NAVY)
bullets(s, 7.0, 2.5, 25, [f"（除くモバイル）1Q25売上：{K_NWX[0]}億円・{K_NWX[1]}YoY",
                          f"　IP：{K_IP[1]}YoY、アウトソーシング：{K_OUTS[1]}YoY（うちセキュリティ：{K_SECU[1]}YoY）"], 14,
        facts=[K_NWX[0], K_NWX[1], K_IP[1], K_OUTS[1], K_SECU[1]], where="1Q25決算概要 NWサービス")
s.text(1.5, 4.3, 6, 0.9, "モバイル・IoT", 16, bold=True, color=NAVY)
bullets(s, 7.0, 4.3, 25, [f"1Q25売上：{K_MOB[0]}億円・{K_MOB[1]}YoY　1Q25末総回線数：{LINES[0]}・{LINES[1]}YoY",
                          f"MVNE顧客数　1Q24末：{MVNE_CUST[0]}社→1Q25末：{MVNE_CUST[4]}社、個人向け回線数{LINES[2]}YoY"], 14,
        facts=[K_MOB[0], K_MOB[1], *LINES, MVNE_CUST[0], MVNE_CUST[4]], where="1Q25決算概要 モバイル")
s.text(1.5, 6.3, 12, 0.9, "大型案件の動向", 16, bold=True, color=NAVY)
s.table(1.5, 7.3, [7.5, 3.5, 3.5], 0.95, ["", "1Q24", "1Q25"],
        [["獲得（期間総額）", DEALS["o24"], DEALS["o25"]], ["売上（3ヶ月）一時", DEALS["one24"], DEALS["one25"]],
         ["売上（3ヶ月）月額", DEALS["mon24"], DEALS["mon25"]]], size=13, where="大型案件")
s.text(1.5, 11.4, 15, 1.6, ["大型案件：10億円以上の複数年案件。獲得金額はNWサービス分を含む"], 11)
s.text(17.5, 6.3, 14, 0.9, "事業トピックス", 16, bold=True, color=NAVY)
bullets(s, 17.5, 7.3, 15, [f"新卒入社 {NEWGRAD}（25年4月）",
                           f"単体昇給率 {RAISE}（報酬改定）",
                           f"FY25連結従業員純増計画：{EMP_PLAN}",
                           "白井DC 3期棟着工（25年6月）・松江DC 新棟稼働",
                           "セキュリティ事案の再発防止策を完了し高度化を継続"], 13,
        facts=[NEWGRAD, RAISE, EMP_PLAN], where="事業トピックス")

# ---------------------------------------------------------------- 4 summary table
s = deck.slide("Ⅱ-1. 連結業績サマリー", "単位：億円")
rows = []
for m in ("revenue", "cost_of_sales", "gross_profit", "sga", "operating_income", "profit_before_tax",
          "net_income_attributable_to_owners"):
    d = S[m]
    rows.append([d["label"], d["q"], d["qr"] or "", d["p"], d["pr"] or "", d["yoy"], d["amt"],
                 d["h1"], d["h1r"] or "", d["h1y"], d["fy"], d["fyr"] or "", d["fyy"]])
s.table(1.0, 2.6, [6.6, 2.2, 2.0, 2.2, 2.0, 2.1, 2.0, 2.3, 2.0, 2.1, 2.3, 2.0, 2.1], 1.15,
        ["", "1Q25\n実績", "\n売上高比", "1Q24\n実績", "\n売上高比", "\nYoY", "\n増減額",
         "FY25上期\n見通し", "\n売上高比", "\nYoY", "FY25通期\n見通し", "\n売上高比", "\nYoY"], rows, size=12,
        where="連結業績サマリー", stripe="#f2f5fb")
s.text(1.0, 13.0, 31, 2.2, ["1Q25：2025年4月～6月、1Q24：2024年4月～6月。上期見通し：2025年4月～9月、通期見通し：2025年4月～2026年3月（いずれも25年5月発表）",
                            "販売管理費等＝販売費及び一般管理費（研究開発費含む）＋その他の収益・費用。当期利益は親会社の所有者に帰属する当期利益"], 11)

# ---------------------------------------------------------------- 5 revenue
s = deck.slide("Ⅱ-2. 売上収益の推移", "単位：百万円")
s.bars(1.0, 2.4, 15.5, 13.0, [fullwidth(x) for x in QL],
       [("ATM運営事業", GREY, REV_ATM), ("システムインテグレーション", LIGHT, REV_SI), ("ネットワークサービス", BLUE, REV_NW)],
       totals=REV_TOT, vmax=88000, size=11, where="売上収益の推移", bar_frac=0.55)
s.text(1.0, 15.5, 16, 0.8, f"FY24：{REV_FY24} [{REV_FY24Y}]　[ ]はYoY", 12, facts=[REV_FY24, REV_FY24Y], where="売上収益 FY24")
bullets(s, 22.8, 2.6, 10.3, [
    "一時売上（SI構築）", kline("", K_ONE), f"1Q25売上構成比：{COMP_ONE}", "",
    "ストック売上", kline("", K_STOCK), f"1Q25売上構成比：{COMP_STOCK}", "",
    "NWサービス売上（除くモバイル）", kline("", K_NWX), "",
    "モバイルサービス売上", kline("", K_MOB)], 11,
    facts=[*K_ONE, COMP_ONE, *K_STOCK, COMP_STOCK, *K_NWX, *K_MOB], where="売上収益 KPI")

# ---------------------------------------------------------------- 6 cost
s = deck.slide("Ⅱ-3. 売上原価・売上総利益の推移", "単位：百万円")
s.bars(1.0, 2.4, 15.5, 9.6, QL, [("ATM運営事業", GREY, COS_ATM), ("システムインテグレーション", LIGHT, COS_SI),
                                 ("ネットワークサービス", BLUE, COS_NW)],
       totals=COS_TOT, vmax=69000, size=11, where="売上原価の推移", bar_frac=0.55)
s.text(1.0, 12.0, 16, 0.8, f"FY24：{COS_FY24} [{COS_FY24Y}]", 12, facts=[COS_FY24, COS_FY24Y], where="売上原価 FY24")
s.table(1.0, 12.9, [6.0] + [2.0] * 5, 0.62, ["粗利率"] + QL,
        [[n] + GM[k] for n, k in (("全体", "全体"), ("NWサービス", "ネットワークサービス"), ("SI", "システムインテグレーション"))],
        size=10, where="粗利率")
g = S["gross_profit"]
bullets(s, 22.8, 2.6, 10.3, [
    "売上総利益", f"1Q25：{g['q']}億円・{g['yoy']}・{g['amt']}億円YoY", "",
    "NWサービス売上総利益", f"1Q25：{GP_NW[0]}億円・{GP_NW[1]}・{GP_NW[2]}YoY",
    "固定的原価（保守・外注・人件費）は期初に増加", "",
    "SI売上総利益", f"1Q25：{GP_SI[0]}億円・{GP_SI[1]}・{GP_SI[2]}YoY",
    "運用案件の積み上がりと前期VMware影響の反動で改善"], 11,
    facts=[g["q"], g["yoy"], g["amt"], *GP_NW, *GP_SI], where="売上総利益 KPI")

# ---------------------------------------------------------------- 7 NW revenue
s = deck.slide("Ⅱ-4. NWサービス 売上収益の推移", "単位：百万円")
s.bars(1.0, 2.4, 14.5, 12.6, QL, [("WANサービス", GREY, NWR[WAN]), ("アウトソーシングサービス", GREEN, NWR[OUTS]),
                                  ("個人向けインターネット接続", LIGHT, NWR[PERS]), ("法人向けインターネット接続", BLUE, NWR[CORP])],
       totals=REV_NW, vmax=43000, size=10, where="NWサービス売上", bar_frac=0.55)
s.text(1.0, 15.0, 16, 0.8, f"FY24：{NW_FY24} [{NW_FY24Y}]", 12, facts=[NW_FY24, NW_FY24Y], where="NWサービス FY24")
s.table(1.0, 15.8, [5.0] + [1.9] * 5, 0.55, ["契約総帯域（Gbps）"] + [f"{x}末" for x in QL], [[""] + BAND], size=9,
        where="契約総帯域")
bullets(s, 20.6, 2.5, 12.7, [
    "法人向けインターネット接続サービス", kline("", K_CORP),
    "・うちIP：" + kline("", K_IP)[5:], *qoq(K_IP), "・うち法人モバイル：" + kline("", K_CMOB)[5:], *qoq(K_CMOB),
    "・うちMVNE：" + kline("", K_MVNE)[5:], *qoq(K_MVNE),
    "個人向けインターネット接続サービス", kline("", K_PERS), "・うち個人モバイルIIJmio：", "　" + kline("", K_MIO)[5:], *qoq(K_MIO),
    "アウトソーシングサービス", kline("", K_OUTS), *qoq(K_OUTS), "・うちセキュリティ：" + kline("", K_SECU)[5:],
    "WANサービス", kline("", K_WAN), *qoq(K_WAN)], 9.5,
    facts=[*K_CORP, *K_IP, *K_CMOB, *K_MVNE, *K_PERS, *K_MIO, *K_OUTS, *K_SECU, *K_WAN], where="NWサービス KPI", h=13.5)

# ---------------------------------------------------------------- 8 security & mobile
s = deck.slide("Ⅱ-5. セキュリティ・モバイル関連", "単位：億円")
s.text(1.0, 2.4, 14, 0.8, "セキュリティサービス売上", 14, bold=True)
s.bars(1.0, 3.1, 12.0, 8.4, QL, [("セキュリティ", BLUE, SEC)], legend=False, size=11, where="セキュリティ売上", vmax=100)
s.text(1.0, 11.5, 14, 0.8, f"FY24：{SEC_FY24} [{SEC_FY24Y}]", 12, facts=[SEC_FY24, SEC_FY24Y], where="セキュリティ FY24")
s.text(16.5, 2.4, 14, 0.8, "モバイルサービス売上", 14, bold=True)
s.bars(16.5, 3.1, 11.5, 9.2, QL, [("法人モバイル", BLUE, M_CMOB), ("MVNE", GREEN, M_MVNE), ("IIJmio（個人）", LIGHT, M_MIO)],
       totals=M_TOT, size=10, where="モバイル売上", vmax=132, bar_frac=0.55)
s.text(16.5, 12.3, 14, 0.8, f"FY24：{MOB_FY24} [{MOB_FY24Y}]", 12, facts=[MOB_FY24, MOB_FY24Y], where="モバイル FY24")
s.table(1.0, 13.2, [9.5] + [2.6] * 5, 0.7, [""] + [f"{x}末" for x in QL],
        [["MVNE顧客数（社）"] + MVNE_CUST, ["IIJmioギガプラン回線数（万回線）"] + GIGA], size=11, where="モバイル指標")

# ---------------------------------------------------------------- 9 SI
s = deck.slide("Ⅱ-6. SI 売上・受注の推移", "単位：百万円")
s.text(1.0, 2.4, 14, 0.8, "SI構築（一時売上）", 14, bold=True)
s.bars(1.0, 3.0, 11.0, 7.6, QL, [("構築売上", BLUE, SI_BUILD)], legend=False, size=10, where="SI構築売上", vmax=23000)
s.text(1.0, 10.6, 14, 0.7, f"FY24：{SI_BUILD_FY24[0]} [{SI_BUILD_FY24[1]}]", 11, facts=list(SI_BUILD_FY24), where="SI構築 FY24")
s.text(17.0, 2.4, 14, 0.8, "SI運用保守（ストック売上）", 14, bold=True)
s.bars(17.0, 3.0, 11.0, 7.6, QL, [("オンプレミス向け運用保守", LIGHT, SI_ONPREM), ("クラウド", BLUE, SI_CLOUD)],
       totals=SI_OPS, size=10, where="SI運用保守売上", vmax=23000, bar_frac=0.55)
s.text(17.0, 10.6, 14, 0.7, f"FY24：{SI_OPS_FY24[0]} [{SI_OPS_FY24[1]}]", 11, facts=list(SI_OPS_FY24), where="SI運用保守 FY24")
s.table(1.0, 11.5, [6.2, 2.2] + [2.2] * 5 + [4.2], 0.62, ["", "4Q23末"] + QL + ["FY24"],
        [["構築 受注額", None] + ORD_BUILD + [ORD_BUILD_FY24[0]],
         ["構築 受注残", *BL_BUILD, None],
         ["運用保守 受注額", None] + ORD_OPS + [ORD_OPS_FY24[0]],
         ["運用保守 受注残", None] + BL_OPS + [None]], size=10, where="SI受注")
s.text(1.0, 14.8, 30, 0.7, f"受注額YoY　FY24：構築 {ORD_BUILD_FY24[1]}、運用保守 {ORD_OPS_FY24[1]}。受注残は各四半期末", 11,
       facts=[ORD_BUILD_FY24[1], ORD_OPS_FY24[1]], where="SI受注 FY24 YoY")

# ---------------------------------------------------------------- 10 SGA & profit
s = deck.slide("Ⅱ-7. 販売管理費等・利益の推移", "単位：百万円")
s.text(1.0, 2.4, 12, 0.8, "販売管理費等（売上高比）", 14, bold=True)
s.bars(1.0, 3.0, 10.0, 9.0, QL, [("販売管理費等", BLUE, SGA)], legend=False, size=10, where="販売管理費等", vmax=11000,
       top=None)
s.text(1.0, 12.0, 10.0, 0.6, "　".join(f"({x})" for x in SGA_R), 9, facts=SGA_R, where="販売管理費等 売上高比")
s.text(1.0, 12.7, 12, 0.7, f"FY24：{SGA_FY24} [{SGA_FY24Y}]", 11, facts=[SGA_FY24, SGA_FY24Y], where="販売管理費等 FY24")
s.text(13.0, 2.4, 14, 0.8, "営業利益・当期利益（四半期）", 14, bold=True)
s.table(13.0, 3.2, [4.6] + [1.75] * 9, 0.7, [""] + Q9L,
        [["営業利益"] + OI9, ["営業利益率"] + OIM, ["当期利益"] + NI9, ["営業利益YoY"] + ["", "", "", ""] + OI_AMT[4:]],
        size=9, where="利益の推移")
bullets(s, 13.0, 7.0, 19.5, [
    f"税引前利益　1Q25：{S['profit_before_tax']['q']}億円・{S['profit_before_tax']['yoy']}YoY",
    f"　支払利息：{INT[0]}（1Q24：{INT[1]}）、持分法投資損益：{EQM[0]}（1Q24：{EQM[1]}）",
    f"当期利益　1Q25：{S['net_income_attributable_to_owners']['q']}億円・{S['net_income_attributable_to_owners']['yoy']}YoY",
    "当期利益は親会社の所有者に帰属する当期利益"], 11,
    facts=[S['profit_before_tax']['q'], S['profit_before_tax']['yoy'], *INT, *EQM,
           S['net_income_attributable_to_owners']['q'], S['net_income_attributable_to_owners']['yoy']], where="利益 KPI")

# ---------------------------------------------------------------- 11 balance sheet
s = deck.slide("Ⅱ-8. 連結バランスシートのサマリー", "単位：百万円")
hdr = ["", "25年3月末", "25年6月末", "増減"]
s.table(0.8, 2.4, [7.6, 2.6, 2.6, 2.1], 0.66, ["資産"] + hdr[1:], [bsrow(*x, side="資産") for x in BS_L], size=9, where="資産")
s.table(17.0, 2.4, [7.6, 2.6, 2.6, 2.1], 0.66, ["負債及び資本"] + hdr[1:], [bsrow(*x, side="負債及び資本") for x in BS_R], size=9,
        where="負債及び資本")
s.text(0.8, 12.6, 15.5, 2.6, [f"親会社所有者帰属持分比率：25年3月末 {EQR[0]}、25年6月末 {EQR[1]}",
                             "前払費用：顧客案件・ライセンス等で増加（複数年で回収）",
                             "有形固定資産：主にデータセンター設備で増加"], 10, facts=list(EQR), where="持分比率")

# ---------------------------------------------------------------- 12 cash flow
s = deck.slide("Ⅱ-9. 連結キャッシュ・フロー", "単位：百万円")
for i, (name, ser, m) in enumerate((("営業キャッシュ・フロー", OCF, "operating_cf"), ("投資キャッシュ・フロー", ICF, "investing_cf"),
                                    ("財務キャッシュ・フロー", FCF, "financing_cf"))):
    x = 1.0 + i * 10.9
    s.text(x, 2.4, 10, 0.8, name, 13, bold=True)
    s.bars(x, 3.0, 9.8, 6.8, QL, [(name, BLUE if i == 0 else ORANGE, ser)], legend=False, size=9, where=name, vmax=13000
           if i == 0 else 1, bar_frac=0.55)
    s.text(x, 9.8, 10, 0.6, f"FY24：{CF_FY24[m]}", 11, facts=[CF_FY24[m]], where=name + " FY24")
s.table(1.0, 10.6, [6.0, 2.0, 2.1], 0.6, ["営業CF 1Q25主内訳", "1Q25", "前年同期比"],
        [["税引前利益", PBT_CF[0], PBT_CF[1]], ["減価償却費及び償却費", DEP[0], DEP[1]],
         cfu("営業資産及び負債の増減", "2,952", "+12,004"), cfu("うち前払費用の増減額", "△5,520", "+9,665"),
         cfu("法人所得税支払", "△5,043", "+243")], size=9, where="営業CF内訳")
s.table(11.8, 10.6, [5.2, 2.0, 2.1], 0.6, ["投資CF 1Q25主内訳", "1Q25", "前年同期比"],
        [cfu("有形固定資産の取得", "△4,470", "△250"), cfu("うちデータセンター関連", "△1,927", "+72"),
         cfu("無形資産の取得", "△2,458", "+55")], size=9, where="投資CF内訳")
s.table(22.0, 10.6, [5.8, 2.0, 2.1], 0.6, ["財務CF 1Q25主内訳", "1Q25", "前年同期比"],
        [cfu("その他の金融負債による収入", "991", "△2,250"), cfu("リース負債等の支払", "△5,576", "△295"),
         cfu("配当金の支払", "△3,096", "△58")], size=9, where="財務CF内訳")

# ---------------------------------------------------------------- 13 capex
s = deck.slide("Ⅱ-10. 設備投資・Adjusted EBITDA", "単位：百万円")
s.text(1.0, 2.4, 14, 0.8, "設備投資額（CAPEX）", 13, bold=True)
s.bars(1.0, 3.0, 9.6, 9.4, QL, [("現金支払", BLUE, CAPEX_CASH), ("ファイナンス・リース", LIGHT, CAPEX_FL)], totals=CAPEX,
       size=9, where="設備投資額", vmax=10000, bar_frac=0.55)
s.text(1.0, 12.4, 12, 0.6, f"FY24：{CAPEX_FY24[0]} [{CAPEX_FY24[1]}]", 11, facts=list(CAPEX_FY24), where="CAPEX FY24")
s.text(14.0, 2.4, 9, 0.8, "設備投資償却額", 13, bold=True)
s.bars(14.0, 3.0, 8.0, 9.4, QL, [("設備投資償却額", GREY, CAPDEP)], legend=False, size=9, where="設備投資償却額", vmax=10000)
s.text(14.0, 12.4, 9, 0.6, f"FY24：{CAPDEP_FY24[0]} [{CAPDEP_FY24[1]}]", 11, facts=list(CAPDEP_FY24), where="設備投資償却額 FY24")
s.text(23.5, 2.4, 9, 0.8, "Adjusted EBITDA", 13, bold=True)
s.bars(23.5, 3.0, 8.8, 9.4, QL, [("Adjusted EBITDA", GREEN, EBITDA)], legend=False, size=9, where="Adjusted EBITDA", vmax=14000)
s.text(23.5, 12.4, 9, 0.6, f"FY24：{EBITDA_FY24[0]} [{EBITDA_FY24[1]}]", 11, facts=list(EBITDA_FY24), where="EBITDA FY24")
s.text(1.0, 13.4, 31, 2.6, ["Adjusted EBITDA＝営業利益＋設備投資償却額。設備投資償却額は減価償却費及び償却費のうち設備投資に係る資産の償却額",
                            f"FY25 CAPEX計画：{CAPEX_PLAN}規模（白井DC 3期棟の建設を含む）"], 11, facts=[CAPEX_PLAN], where="CAPEX計画")

# ---------------------------------------------------------------- 14 forecast
s = deck.slide("Ⅲ. FY25連結業績予想", "単位：億円")
rows = []
for m in ("revenue", "gross_profit", "sga", "operating_income"):
    d = S[m]
    rows.append([d["label"], d["h1"], d["h1r"] or "", d["h1y"], d["fy"], d["fyr"] or "", d["fyy"]])
rows.append(["持分法損益", EQM_PLAN[0], "", "－", EQM_PLAN[1], "", "－"])
for m in ("profit_before_tax", "net_income_attributable_to_owners"):
    d = S[m]
    rows.append([d["label"], d["h1"], d["h1r"] or "", d["h1y"], d["fy"], d["fyr"] or "", d["fyy"]])
rows.append(["1株当たり配当金（円）", DIV_H1_25, "", DIV_H1_AMT, DIV_FY_25, "", DIV_FY_AMT])
s.table(1.5, 2.6, [9.0, 3.2, 3.0, 3.0, 3.2, 3.0, 3.0], 1.0,
        ["", "上期\n（4月～9月）", "\n売上高比", "\nYoY", "通期\n（4月～3月）", "\n売上高比", "\nYoY"], rows, size=13,
        where="FY25連結業績予想", stripe="#f2f5fb")
s.text(1.5, 13.3, 31, 2.6, ["25年5月発表の予想から変更なし。配当金のYoY欄は前期比の増減額",
                            f"前提：CAPEX {CAPEX_PLAN}、連結従業員純増 {EMP_PLAN}（うち新卒{NEWGRAD}）"], 12,
       facts=[CAPEX_PLAN, EMP_PLAN, NEWGRAD], where="業績予想の前提")

# ---------------------------------------------------------------- 15 dividends
s = deck.slide("Ⅳ. 配当の推移と見通し", "単位：円")
cats = ["FY21", "FY22", "FY23", "FY24", "FY25（予想）"]
s.bars(1.0, 2.4, 20.0, 11.8, cats, [("中間配当", BLUE, [DIV[y]["h1"] for y in DIV_Y]), ("期末配当", LIGHT, [DIV[y]["h2"] for y in DIV_Y])],
       totals=[DIV[y]["fy"] for y in DIV_Y], top=[[DIV[y]["yoy"]] if DIV[y]["yoy"] else [] for y in DIV_Y],
       size=12, where="1株当たり配当金", vmax=39, bar_frac=0.5)
s.table(1.0, 14.6, [4.0] + [4.0] * 5, 0.8, [""] + cats, [["配当性向"] + [DIV[y]["po"] for y in DIV_Y]], size=12, where="配当性向")
TOTAL_RET = r.u("総還元性向", FY(23), "82.4%", "%")
bullets(s, 24.0, 3.0, 9.0, ["安定的な配当を継続", "配当額は株式分割調整後", f"FY23総還元性向：{TOTAL_RET}",
                            "（自己株式の取得・消却を含む）", "FY25予想は25年5月から変更なし"], 12, facts=[TOTAL_RET], where="配当")

# ---------------------------------------------------------------- write
open("deck.fodp", "w", encoding="utf-8").write(deck.fodp())
doc = {"kind": "kessan_deck",
       "company": {"name": "株式会社インターネットイニシアティブ", "securitiesCode": "3774", "market": "東証プライム"},
       "publishedOn": "2025-08-07", "accountingStandard": "IFRS", "fiscalYearEndMonth": 3}
write_json("../../iij-1q25-results.expected.json", r.golden("iij-1q25-results.pdf", doc))
if len(sys.argv) > 1:
    bad = __import__("slides").verify(sys.argv[1], r)
    print(f"{len(r.facts)} facts, {len(r.unmapped)} unmapped, {len(r.printed)} prints checked, {len(bad)} problems")
    for b in bad:
        print(" ", b)
    sys.exit(1 if bad else 0)
