# -*- coding: utf-8 -*-
"""Builds report.html (one fixed-size A4 <section> per page) and the golden
samples/fisco-cybertrust-2024.expected.json from data.py + the prose below.

    python3 build.py OUTDIR      -> OUTDIR/report.html, OUTDIR/occurrences.json
                                    and ../../fisco-cybertrust-2024.expected.json
"""
import json
import os
import sys

import data as D
from lib import PAGE, SECTION, FACTS, UNMAPPED, OCCURRENCES, table, S, U

HERE = os.path.dirname(os.path.abspath(__file__))
GOLDEN = os.path.join(HERE, "..", "..", "fisco-cybertrust-2024.expected.json")

CSS = """
@page { size: A4; margin: 0 }
/* no synthetic bold: Skia would emit it as Type 3 fonts */
* { font-weight: normal !important; font-synthesis: none; }
html, body { margin: 0; padding: 0; }
body { font-family: "IPAexGothic"; font-size: 9.2pt; color: #222; }
section.page { width: 210mm; height: 297mm; position: relative; overflow: hidden;
  box-sizing: border-box; page-break-after: always; break-after: page; }
section.page:last-child { page-break-after: auto; break-after: auto; }
.hdr { position: absolute; top: 9mm; left: 14mm; right: 14mm; height: 26mm; }
.band { background: #0b3d6e; color: #fff; font-family: "IPAexGothic"; font-weight: bold;
  font-size: 9pt; letter-spacing: 0.06em; padding: 1.2mm 3mm; }
.hl { text-align: right; font-family: "IPAexGothic"; font-size: 8.6pt; line-height: 1.45; }
.hl.co { font-size: 9.5pt; margin-top: 1.4mm; }
.hl.url { font-size: 7.6pt; color: #0b3d6e; }
.body { position: absolute; top: 37mm; left: 17mm; right: 17mm; bottom: 25mm; overflow: hidden; }
.ftr { position: absolute; bottom: 8mm; left: 14mm; right: 14mm; height: 14mm; border-top: 0.4mm solid #0b3d6e;
  font-size: 6.8pt; color: #444; padding-top: 1.2mm; }
.ftr .fisco { font-family: "IPAexGothic"; font-weight: bold; font-size: 8pt; color: #0b3d6e; }
.ftr .pno { position: absolute; right: 0; top: 1.4mm; font-family: "IPAexGothic"; font-size: 11pt; font-weight: bold; }
.seclbl { font-family: "IPAexGothic"; font-size: 8pt; color: #0b3d6e; border-bottom: 0.2mm solid #9ab;
  margin-bottom: 3mm; padding-bottom: 0.6mm; }
.mk { font-family: "DejaVu Sans"; }
h2 { font-family: "IPAexGothic"; font-size: 13pt; font-weight: bold; color: #0b3d6e; margin: 1mm 0 2mm 0; }
.catch { font-family: "IPAexGothic"; font-weight: bold; font-size: 10.5pt; margin: 2mm 0 2.5mm 0;
  border-left: 1.4mm solid #0b3d6e; padding-left: 2mm; }
h3 { font-family: "IPAexGothic"; font-size: 9.8pt; font-weight: bold; margin: 3.2mm 0 1.2mm 0; }
p { margin: 0 0 2mm 0; line-height: 1.72; text-indent: 1em; text-align: justify; }
.note { font-family: "IPAexMincho"; font-size: 7.6pt; line-height: 1.5; margin: 0 0 1mm 2.2em; text-indent: -2.2em; }
.ttl { font-family: "IPAexGothic"; font-weight: bold; font-size: 9pt; text-align: center; margin: 4mm 0 0.8mm 0; }
.unit { font-size: 7.4pt; text-align: right; margin: 0 0 0.5mm 0; }
table.dt { width: 100%; border-collapse: collapse; font-family: "IPAexGothic"; font-size: 7.8pt; }
table.dt th { font-weight: normal; background: #e3ebf3; border: 0.2mm solid #9aaabb; padding: 0.5mm 0.8mm;
  line-height: 1.25; text-align: center; }
table.dt td { border-bottom: 0.15mm solid #b8c4d0; padding: 0.55mm 1.2mm; line-height: 1.3; }
table.dt td.num { text-align: right; white-space: nowrap; }
table.dt td.lbl { white-space: nowrap; }
table.dt td.lbl.ind { padding-left: 4.5mm; }
table.dt tr.grp td { background: #f3f6f9; font-weight: bold; }
table.dt.wrap td.lbl { white-space: normal; }
.src { font-size: 7.2pt; margin: 0.8mm 0 0 0; line-height: 1.45; }
.fig { border: 0.3mm solid #9aaabb; margin: 3mm 0 1mm 0; padding: 2.5mm; }
.fig .ft { font-family: "IPAexGothic"; font-weight: bold; font-size: 8.6pt; text-align: center; margin-bottom: 2mm; }
.fig .row { display: flex; gap: 2.5mm; justify-content: center; }
.fig .bx { flex: 1; border: 0.3mm solid #0b3d6e; border-radius: 1.5mm; padding: 2mm; font-size: 7.6pt;
  line-height: 1.45; background: #f5f8fb; }
.fig .bx b { font-family: "IPAexGothic"; display: block; text-align: center; color: #0b3d6e; margin-bottom: 1mm; }
.fig .arrow { text-align: center; font-size: 10pt; color: #0b3d6e; margin: 1mm 0; }
.cover { border: 0.5mm solid #0b3d6e; padding: 3mm 4mm; margin-bottom: 3mm; }
.cover .co { font-family: "IPAexGothic"; font-weight: bold; font-size: 16pt; }
.cover .sub { font-size: 8.4pt; color: #444; }
.kp { background: #eef3f8; padding: 2.5mm 3.5mm; margin: 2mm 0 3mm 0; font-size: 8.6pt; line-height: 1.6; }
.kp b { font-family: "IPAexGothic"; }
table.hist { width: 100%; border-collapse: collapse; font-size: 7.8pt; }
table.hist td { border-bottom: 0.15mm solid #b8c4d0; padding: 0.6mm 1.2mm; line-height: 1.35; vertical-align: top; }
table.hist th { background: #e3ebf3; border: 0.2mm solid #9aaabb; font-weight: normal; padding: 0.5mm; }
.disc { font-size: 7.6pt; line-height: 1.65; }
"""

HEADER = """<div class="hdr">
<div class="band">COMPANY RESEARCH AND ANALYSIS REPORT</div>
<div class="hl co">2024年7月11日(木) サイバートラスト</div>
<div class="hl">4498 東証グロース市場</div>
<div class="hl url">https://www.cybertrust.co.jp/corporate/ir/</div>
</div>"""

FOOTER = """<div class="ftr">
<div>本レポートのご利用にあたっては、末尾に掲載した重要事項（ディスクレーマー）を必ずご確認ください。</div>
<div>Please read the important disclosures and disclaimers at the end of this report.</div>
<div><span class="fisco">FISCO Ltd.</span>　https://www.fisco.co.jp</div>
<div class="pno">%d</div>
</div>"""


def sec(name):
    return '<div class="seclbl">%s</div>' % name


def fig(title, boxes, source="出所：決算説明資料より掲載", arrow=None, rows=None):
    rows = rows or [boxes]
    parts = ['<div class="fig"><div class="ft">%s</div>' % title]
    for i, r in enumerate(rows):
        if i and arrow:
            parts.append('<div class="arrow">%s</div>' % arrow)
        parts.append('<div class="row">' + "".join('<div class="bx"><b>%s</b>%s</div>' % b for b in r) + '</div>')
    parts.append('</div><div class="src">%s</div>' % source)
    return "\n".join(parts)


def unit_line():
    return '<div class="unit">（単位：百万円）</div>'


# ====================================================================== pages

def p_summary1():
    return f"""
<div class="cover">
<div class="sub">企業調査レポート</div>
<div class="co">サイバートラスト</div>
<div class="sub">認証・セキュリティとLinux/OSSを軸にトラストサービスを展開　　フィスコ客員アナリスト　佐々木 亮</div>
</div>
<div class="kp"><b>■Key Points</b><br>
・電子認証とLinux/OSSの技術を組み合わせ、DX時代のトラストサービスを提供<br>
・リカーリングサービスの積み上がりにより、営業増益基調が続く<br>
・2025年3月期はCentOS7の延長サポート需要を取り込み、大幅な増収増益を計画</div>
<h2><span class="mk">█</span>要約</h2>
<div class="catch">認証とLinuxの技術を束ね、デジタル社会の「信頼」を支える</div>
<p>サイバートラスト＜4498＞は、「安心・安全なデジタル社会の実現」をパーパス（社会における存在意義）に、「すべてのヒト、モノ、コトに信頼を」をミッションに据えている。電子認証とLinux/OSSという2つの技術基盤を掛け合わせ、企業や行政のデジタル化（DX）に欠かせない信頼の仕組み、すなわちトラストサービスを提供する企業である。</p>
<h3>1. 3つのサービスとリカーリング型の収益構造</h3>
<p>2017年10月の合併により、電子証明書の発行を手掛けてきた旧サイバートラスト(株)の認証・セキュリティサービスと、旧ミラクル・リナックス(株)のLinux/OSSサービスが1つの会社に統合された。現在はこの2本柱に、両社の技術を組み合わせたIoTサービスを加えた3サービス体制をとる。国内で最も長い電子認証局の運用歴と、国内で唯一のLinux OSディストリビューターという立場が競争力の源泉である。証明書の発行や製品サポートのように、契約の更新とともに売上が積み上がるリカーリング型の収益モデルを持つ点も同社の特色と言えよう。</p>
<h3>2. 2024年3月期は増収、営業・経常増益を確保</h3>
<p>2024年3月期の連結業績を見ると、売上高が{S("前期比4.8%増", "revenue", "yoy_pct", "24")}の{S("6,466百万円", "revenue", "value", "24")}、営業利益が{S("同5.5%増", "operating_income", "yoy_pct", "24")}の{S("1,112百万円", "operating_income", "value", "24")}、経常利益が{S("同5.2%増", "ordinary_income", "yoy_pct", "24")}の{S("1,121百万円", "ordinary_income", "value", "24")}と伸びた。一方、親会社株主に帰属する当期純利益は{S("同28.5%減", "net_income_attributable_to_owners", "yoy_pct", "24")}の{S("518百万円", "net_income_attributable_to_owners", "value", "24")}にとどまった。期中に引き下げた会社計画に対してはほぼ計画線上の着地であり、増収と営業増益はこれで9期連続となる。EBITDAも{S("同5.7%増", "ebitda", "yoy_pct", "24")}の{S("1,716百万円", "ebitda", "value", "24")}と拡大した。最終利益の落ち込みは、IoTサービスの固定資産に減損損失を計上したことが主因である。サービス別ではLinux/OSSサービスとIoTサービスが一時的な要因で足踏みしたが、認証・セキュリティサービスはiTrustがけん引してリカーリングサービスを伸ばした。全社ベースのリカーリングサービス売上高は{S("前期比5.6%増", "revenue", "yoy_pct", "24", seg="取引形態別/リカーリングサービス")}の{S("4,229百万円", "revenue", "value", "24", seg="取引形態別/リカーリングサービス")}と過去最高を更新し、リカーリングサービス売上比率も{U("65.4%", "リカーリングサービス売上比率", "%", "24")}まで高まっている。</p>
"""


def p_summary2():
    return f"""
{sec("要約")}
<h3>3. 2025年3月期は2ケタ増収と大幅な増益を計画</h3>
<p>同社が公表した2025年3月期の連結業績予想では、売上高が{S("前期比11.3%増", "revenue", "yoy_pct", "25", "forecast")}の{S("7,200百万円", "revenue", "value", "25", "forecast")}、営業利益が{S("同16.9%増", "operating_income", "yoy_pct", "25", "forecast")}の{S("1,300百万円", "operating_income", "value", "25", "forecast")}、経常利益が{S("同15.9%増", "ordinary_income", "yoy_pct", "25", "forecast")}の{S("1,300百万円", "ordinary_income", "value", "25", "forecast")}、親会社株主に帰属する当期純利益が{S("同65.8%増", "net_income_attributable_to_owners", "yoy_pct", "25", "forecast")}の{S("860百万円", "net_income_attributable_to_owners", "value", "25", "forecast")}と、大きな伸びが見込まれている。iTrustをはじめとする採算の良いサービスの拡大が続くうえ、前期に伸び悩んだLinux/OSSサービスではCentOS7の延長サポート需要が本格的に立ち上がる見通しだ。最終利益は、前期に計上した減損損失がなくなることも押し上げ要因となる。</p>
<p>半期ごとの予想は開示されていない。ただ、認証・セキュリティサービスではリカーリングサービス売上高が毎年下期にかけて積み上がる傾向があることや、CentOS7の延長サポート需要が第2四半期から本格化することから、営業利益は例年以上に下期に偏る見込みである。前期に業績予想を下方修正した経緯もあり、今期の予想は確度を重視した慎重なものとなっている。事業環境の追い風や前期の伸び悩みが一過性であったことを踏まえると、弊社では会社予想を上回る余地があると見ている。</p>
<h3>4. 中期経営計画「BizX 20/40」で5つの重要テーマに取り組む</h3>
<p>同社は中期経営計画のスローガンに「BizX 20/40（ビジネストランスフォーメーション トゥエンテーフォーティ）」を打ち出している。成長する組織と人材育成、新規市場の立ち上げとフォーカス、将来に向けた研究開発、グローバル展開、システム安定稼働品質確保の5テーマを柱に据え、iTrust、Linuxサポート、EMLinuxといった高成長牽引サービスを伸ばすことで、リカーリングサービス売上高の一段の拡大を目指している。なかでもiTrustは、有償APIの利用件数が大きく増えており、本人確認の厳格化を背景に今後も利用の加速が期待される。</p>
<h3>5. 高収益基盤を評価、成長戦略の進捗に注目</h3>
<p>認証・セキュリティとLinux/OSSの両分野で、契約更新により収益が積み上がるリカーリングサービスが売上の過半を占める点は、同社の大きな強みであると弊社では評価している。マイナンバーカードの活用拡大や行政・企業の電子化の進展により、オンラインでの本人確認や電子署名の需要は今後も高まるだろう。2024年3月期は一時的な要因で期初の会社計画に届かず、中期経営計画の最終年度にあたる2025年3月期も当初の目標には届かない見込みとなったが、弊社では成長戦略の進み具合を引き続き注視したい。</p>
"""


def p_company():
    return f"""
<h2><span class="mk">█</span>会社概要</h2>
<div class="catch">トラストサービスを通じて安心・安全な社会づくりに貢献</div>
<h3>1. 会社概要</h3>
<p>同社は、デジタル社会における安心・安全の確保を存在意義に掲げ、ヒト、モノ、コトのすべてに信頼を届けることを使命としている。電子認証の技術とLinux/OSSの技術を組み合わせることで、DXの進展に伴って需要が高まるトラストサービスを幅広い顧客に提供している。</p>
<p>事業拠点は東京都港区の本社と、島根県松江市の松江ラボの2か所である。2024年3月期末時点で、純資産は{S("6,032百万円", "net_assets", "value", "24", span="instant")}、総資産は{S("8,417百万円", "total_assets", "value", "24", span="instant")}で、自己資本比率は{S("71.6%", "equity_ratio", "value", "24", span="instant")}であり、発行済株式数は{U("8,105,400株", "発行済株式数", "shares", "24", span="instant")}（うち自己株式{U("332株", "自己株式数", "shares", "24", span="instant")}）となっている。2023年4月1日付で、普通株式1株を2株に分割した。</p>
<p>グループは、同社と連結子会社2社（リネオソリューションズ(株)及び米国のCybersecure Tech Inc.）、持分法適用関連会社2社（日本RA(株)ほか1社）の計4社から成る。SBテクノロジー＜4726＞が同社株式の{U("58.01%", "被所有割合（SBテクノロジー）", "%", None)}を保有する親会社であり、同社はその連結子会社という位置付けである。なお、SBテクノロジーはソフトバンク＜9434＞による株式公開買付けを経て同社の完全子会社となり、上場を廃止する予定である。</p>
<h3>2. 沿革</h3>
<p>同社の前身は、2000年6月に設立されLinux/OSS技術を手掛けてきた旧ミラクル・リナックスと、1995年9月に設立され電子認証局を運営してきた旧サイバートラストの2社である。2017年10月に両社が統合し（旧ミラクル・リナックスを存続会社とする吸収合併）、社名をサイバートラストに改めた。2021年4月には東証マザーズ市場に上場し、2022年4月の東証の市場区分見直しを機にグロース市場へ移った。</p>
<p>統合前の旧ミラクル・リナックスは、サーバーOSの開発から出発し、監視ソフトのZabbix関連事業や組込OS事業へと領域を広げてきた。2015年には島根県松江市に開発・サポートの拠点を開設し、地方での技術者確保にも取り組んでいる。統合後は認証局の運用ノウハウとLinuxの開発力を融合したIoT向けサービスを立ち上げ、2023年には日本企業として初めてAlmaLinux OSの運営財団にプラチナスポンサーとして加わるなど、OSSコミュニティとの関係も深めている。</p>
"""


HIST = [
    ("2000年6月", "ミラクル・リナックス(株)を東京都港区に設立し、サーバーOSの事業を始める"),
    ("2000年10月", "MIRACLE LINUX v1.0を製品として出荷"),
    ("2008年8月", "Zabbix関連事業に参入し、サーバー監視サービスの提供を始める"),
    ("2009年2月", "組込OS事業に参入し、Embedded MIRACLEを発売"),
    ("2010年6月", "デジタルサイネージ製品を出荷"),
    ("2014年7月", "ソフトバンク・テクノロジー(株)（現 SBテクノロジー＜4726＞）の連結子会社となる"),
    ("2015年5月", "本社を東京都新宿区へ移す"),
    ("2015年10月", "開発・サポートの拠点として松江ラボを島根県松江市に開設"),
    ("2017年10月", "旧サイバートラスト(株)を吸収合併し、サイバートラスト(株)に社名を変更"),
    ("2018年8月", "本社を東京都港区へ移す"),
    ("2019年7月", "リネオソリューションズ(株)との事業提携に向け、リネオホールディングス(株)を持分法適用関連会社とする"),
    ("2019年9月", "サーバー証明書事業でセコムトラストシステムズ(株)と業務提携"),
    ("2019年10月", "IoT製品の長期利用を支援する「EM+PLS」の提供を開始"),
    ("2020年5月", "リネオホールディングスを完全子会社とし、リネオソリューションズとの提携を強化"),
    ("2021年4月", "東京証券取引所マザーズ市場に上場"),
    ("2022年2月", "リネオホールディングスの清算を結了"),
    ("2022年4月", "東京証券取引所の市場区分見直しにより、グロース市場へ移行"),
    ("2023年5月", "The AlmaLinux OS Foundationのプラチナスポンサーに日本企業で初めて就任"),
]


def p_history_business():
    rows = "\n".join('<tr><td style="white-space:nowrap">%s</td><td>%s</td></tr>' % r for r in HIST)
    return f"""
{sec("会社概要")}
<div class="ttl">沿革</div>
<table class="hist"><thead><tr><th style="width:17%">年月</th><th>主な出来事</th></tr></thead><tbody>
{rows}
</tbody></table>
<div class="src">出所：有価証券報告書、プレスリリースよりフィスコ作成</div>
<h2 style="margin-top:6mm"><span class="mk">█</span>事業概要</h2>
<div class="catch">認証・セキュリティ、Linux/OSS、IoTの3サービスを展開</div>
<h3>1. 事業概要</h3>
<p>同社の事業は、旧サイバートラストから受け継いだ認証・セキュリティサービス、旧ミラクル・リナックスから受け継いだLinux/OSSサービス、そして両者の技術を融合させた独自のIoTサービスの3つで構成されている。電子認証局を国内で最も長く運用してきた実績と、国産Linux OSのディストリビューターとして蓄積した開発・サポート力が、いずれのサービスにおいても品質と信頼の裏付けとなっている。</p>
"""


def p_business1():
    return f"""
{sec("事業概要")}
{fig("3事業の概要", [
    ("認証・セキュリティサービス", "電子証明書の発行・管理<br>電子認証局の運営<br>iTrust（本人確認・電子署名）"),
    ("Linux/OSSサービス", "Linux OSの開発・サポート<br>CentOS延長サポート<br>監視・運用ソリューション"),
    ("IoTサービス", "IoT機器向けLinux OS<br>機器の真正性確認<br>長期ライフサイクル管理")])}
{fig("トラストサービスにおける同社の強み", [
    ("電子認証の実績", "国内で最長の商用電子認証局の運用歴<br>国際監査基準への適合"),
    ("Linuxの技術力", "国内唯一のLinux OSディストリビューター<br>コミュニティとの共同開発"),
    ("融合による独自性", "OSから認証、運用管理まで<br>一貫して提供できる体制")],
    source="出所：「事業計画及び成長可能性に関する事項」より掲載")}
<p style="margin-top:3mm">売上高は取引形態により3つに区分されている。1つ目は自社製品を中心とするライセンスの販売、2つ目は製品のカスタマイズや導入支援、セキュリティコンサルティング、受託開発などのプロフェッショナルサービス、3つ目は電子証明書サービスや製品サポートのように契約の更新によって継続的な収入が見込めるリカーリングサービスである。</p>
<p>同社はすべてのサービスでリカーリングサービス売上高を増やし、その比率を引き上げることを成長戦略の中心に置いている。具体的には、機能追加や品質向上によるサービスの付加価値向上、販売パートナー経由の拡販、カスタマーサービスの充実と更新案件の管理徹底などに取り組んでいる。更新時期の管理を徹底することで解約を抑え、既存顧客からの収入を着実に積み上げることが、収益の安定性を支えている。</p>
"""


def p_business2():
    return f"""
{sec("事業概要")}
{fig("リカーリングサービス型ビジネスモデル", [
    ("導入", "ライセンス販売<br>導入支援・受託開発"),
    ("継続利用", "証明書の更新<br>製品サポート契約"),
    ("拡大", "追加サービス<br>利用件数の増加")], arrow=None,
    source="出所：「事業計画及び成長可能性に関する事項」より掲載")}
<p style="margin-top:3mm">2020年3月期から2024年3月期までの5期について、サービス別・取引形態別の売上高を振り返ると、2024年3月期はLinux/OSSサービスとIoTサービスが足踏みしたものの、3サービスとも期を追うごとにおおむね規模を広げてきた。構成比はおおむね、認証・セキュリティサービスが6割程度、Linux/OSSサービスが2割をやや上回る程度、IoTサービスが2割をやや下回る程度で推移している。</p>
<p>取引形態別では、安定的な収益源であるリカーリングサービス売上高が一貫して拡大傾向にある。全社ベースで見たリカーリングサービス売上高は、2024年3月期に{S("4,229百万円", "revenue", "value", "24", seg="取引形態別/リカーリングサービス")}と過去最高を記録し、リカーリングサービス売上比率は{U("65.4%", "リカーリングサービス売上比率", "%", "24")}に上昇した。サービスごとのリカーリングサービス売上比率は、認証・セキュリティサービスが8割前後、Linux/OSSサービスが6～7割程度、IoTサービスが1割に満たない水準である。同社は収益性の高いリカーリングサービスの拡大に力を注いでおり、今後はIoTサービスでもリカーリングサービス売上高を伸ばしていく考えだ。</p>
<p>リカーリングサービスの比率が高まれば、期初の時点で見通せる売上高の割合が大きくなり、業績の振れが小さくなる。加えて、新規顧客の獲得にかかる営業コストが相対的に小さいことから、利益率の改善にもつながりやすい。弊社では、同社の業績を見るうえでリカーリングサービス売上高の推移を最も重要な指標の1つと考えている。</p>
"""


def p_hist_table():
    head = """<thead><tr><th style="width:34%"></th><th>20/3期</th><th>21/3期</th><th>22/3期</th><th>23/3期</th><th>24/3期</th></tr></thead>"""
    t = table("サービス別・取引形態別売上高の推移", "", head, D.HIST_COLS, D.HIST_ROWS, neg="△", fullwidth=True)
    return f"""
{sec("事業概要")}
<div class="ttl">サービス別・取引形態別売上高の推移</div>
{unit_line()}
{t}
<div class="src">注：2021年4月に東証マザーズ市場へ新規上場<br>出所：決算短信、決算説明資料よりフィスコ作成</div>
<h3>2. 認証・セキュリティサービス</h3>
<p>認証・セキュリティサービスでは、デジタル社会の身分証にあたる電子証明書※1と、オンラインでの本人確認や電子署名※2に関わるトラストサービスを提供している。同社は、申請者の本人確認から証明書の発行、発行済み証明書の管理までを担う信頼できる第三者機関、すなわち商用の電子認証局を国内で最初に立ち上げ、国際的な監査基準に適合した認証局として20年以上にわたり運営してきた。SSL/TLSサーバー証明書やクライアント証明書の発行実績は豊富である。</p>
<div class="note">※1　Webサイト運営者の実在を証明するサーバー証明書、業務での利用を許可した端末を識別して社内ネットワークへの接続を制御するデバイス証明書、従業員や会員を認証するユーザー証明書などの種類がある。</div>
<div class="note">※2　iTrustなど、電子取引の信頼性を確保するためのサービス。</div>
"""


def p_business3():
    return f"""
{sec("事業概要")}
{fig("認証・セキュリティサービスの概要", [
    ("パブリック証明書", "SSL/TLSサーバー証明書<br>SureServer"),
    ("電子認証局サービス", "サイバートラスト デバイスID<br>マネージドPKI"),
    ("トラストサービス", "iTrust本人確認サービス<br>iTrustリモート署名サービス"),
    ("プロフェッショナルサービス", "セキュリティコンサルティング<br>脆弱性診断")])}
<p style="margin-top:3mm">主なサービスとしては、パブリック証明書のSSL/TLSサーバー証明書「SureServer」、電子認証局サービスの「サイバートラスト デバイスID」（端末認証用の証明書を発行・管理）及び「サイバートラスト マネージドPKI」（認証局の運用を受託）、電子取引の信頼性を支えるトラストサービスの「iTrust」（本人確認サービス、電子署名用証明書、リモート署名サービスなど）がある。プロフェッショナルサービスでは、情報セキュリティに関するコンサルティングや脆弱性診断を手掛けている。</p>
<p>iTrustは他社サービスとの連携を通じて利用場面を広げている。2023年9月には、iTrustリモート署名サービスと(株)スカイコムのPDF製品「SkyPDF®」が連携し、企業が発行する電子文書にクラウド上でeシールを付与できるようになった。文書の発行元の証明や改ざんの防止に役立つ。同月には、iTrust電子署名用証明書とリモート署名サービスがContrea(株)の電子同意書「MediOS（メディオス）」に採用され、医療現場のDXを後押ししている。</p>
<p>2023年11月には、iTrustリモート署名サービスのタイムスタンプ機能が米国Claris International Inc.の「Claris Connect」とAPIで連携し、改正電子帳簿保存法が求めるデータの真実性確保に対応した。iTrust本人確認サービスは、ジャスミー(株)の「Jasmy Personal Data Locker」とつながり、地域通貨やポイントサービスの口座開設時にオンラインで厳格な本人確認を行えるようにしたほか、キヤノンマーケティングジャパン(株)の金融機関向けカードリーダー「ID-MY」にも採用された。</p>
<p>2024年2月には、(一財)日本品質保証機構が発行する校正証明書の電子化にiTrustの電子署名用証明書とリモート署名サービスが使われることになった。3月には日本電気＜6701＞（以下、NEC）とデジタルトラスト領域での協業強化を発表し、その第1弾としてiTrust eシール用証明書がNECの「eDoc」サービスに採用された。(一財)日本情報経済社会推進協会（JIPDEC）のトラステッド・サービス登録を受けたeシール用証明書を使うサービスとしては、国内で初めての事例である。</p>
"""


def p_business4():
    return f"""
{sec("事業概要")}
<p>2024年4月には、サイバートラスト デバイスIDがキヤノンITソリューションズ(株)のクラウド型ID管理サービス「ID Entrance」と連携した。端末固有の情報にひもづけてクライアント証明書を発行できるため、管理者が許可した端末に限って証明書を導入でき、端末単位のアクセス制御と多要素認証を両立できる。5月には、シンプレクス(株)がDMM.com証券の「DMM FX」向けに構築した本人確認システムにiTrust本人確認サービスが組み込まれたほか、(株)ポケットチェンジの電子マネー発行基盤「Pokepay（ポケペイ）」とも連携した。マイナンバーカードを使った公的個人認証により、オンラインだけで完結する本人確認を実現している。</p>
<p>サーバー証明書の分野では、SureServerシリーズが国内EV（Extended Validation）サーバー証明書市場で高いシェアを維持している。英国Netcraft Ltdの調査をもとに同社が2023年10月に公表したところでは、2023年8月時点の枚数シェアは過去最高の水準に達し、2017年8月以来7年連続で国内首位となった。</p>
<p>認証・セキュリティサービスのリカーリングサービス売上高をプロダクト別に見ると、SureServerの比重が徐々に下がる一方、成長ドライバーと位置付けるiTrustの比重が高まってきている。SureServerは今後も一定の売上規模を保つと見られるが、構成比の面ではiTrustの存在感が一段と増していく見通しである。</p>
{fig("リカーリング売上に占める主要プロダクトの構成比率", [
    ("SureServer", "構成比は緩やかに低下"),
    ("デバイスID／マネージドPKI", "安定的に推移"),
    ("iTrust", "構成比が上昇基調")])}
<h3>3. Linux/OSSサービス</h3>
<p>一般的なシステムインテグレーターがOSの上でアプリケーションを構築するのに対し、同社はLinuxディストリビューターとして、Linuxカーネルに必要な機能を組み合わせたOSそのものを提供している。さらに、特定の業務用機器への組込用途や、システム監視・バックアップなどの製品・サービスも手掛ける。企業のサーバー用途を中心に、航空管制、産業機器、通信インフラ、自動車関連といった止められないシステムでの採用が多い。グローバルなOSSコミュニティで活動するエンジニアを抱え、国内唯一のLinuxディストリビューターとしての地位を築いている。</p>
"""


def p_business5():
    return f"""
{sec("事業概要")}
{fig("Linux/OSSサービスの概要", [
    ("Linux OS", "AlmaLinux OSサポート<br>MIRACLE LINUX<br>CentOSソリューション"),
    ("Linuxコンサルティング", "Linux脆弱性メンテナンス"),
    ("インフラソリューション", "MIRACLE ZBX（統合監視）<br>MIRACLE Vul Hammer")])}
<p style="margin-top:3mm">主なサービスには、Linux OS分野のAlmaLinux OSサポートサービス、サーバーOS・クラウド基盤向けのMIRACLE LINUX、CentOSソリューション、コンサルティング分野のLinux脆弱性メンテナンス・サービス、インフラ分野の統合監視・運用自動化ツール「MIRACLE ZBX」や脆弱性管理ツール「MIRACLE Vul Hammer」などがある。</p>
<p>国内企業の無償Linuxとして最も広く使われてきたCentOS7は、2024年6月でサポートが終了した。サポートの切れたOSを使い続けるとセキュリティ上のリスクが高まるため、後継OSへの移行が間に合わない企業や団体を中心に、延長サポートの契約が増えると見込まれている。同社はこうした需要に備え、2023年5月に米国CloudLinux Inc.と提携した。長期サポートの体制を厚くしたうえで、システムを止めずに脆弱性修正を適用できるサービスなど、付加価値の高いサポートを提供できるようになった。サポート終了を商機と捉え、既存の顧客に加えて、移行に時間がかかりそうな地方の企業や中堅・中小企業にもパートナーと組んで販売を広げる方針である。</p>
<p>CentOS7の後継としては、AlmaLinux OSが有力な選択肢とされる。同社は2023年5月、AlmaLinux OSの開発を担う非営利団体The AlmaLinux OS Foundationのプラチナスポンサーに日本企業で初めて就任し、コミュニティと協力してOSの開発に加わることを明らかにした。延長サポートと並行して、AlmaLinux OSへの移行支援と有償サポートでも事業を広げていく考えだ。</p>
<p>2023年9月には東京システムハウス(株)と組み、老朽化したメインフレーム上の基幹システムをMIRACLE LINUX上のオープン環境に移す移行支援サービス「MMS for MIRACLE LINUX」を始めた。両社の知見を合わせ、COBOLで書かれた資産を安全かつ低コストで短期間に移行できるようにしている。</p>
"""


def p_business6():
    return f"""
{sec("事業概要")}
<h3>4. IoTサービス</h3>
<p>IoTサービスは、IoT機器を安全に動かすためのLinux/OSS技術と、機器が本物であることを確かめる認証・セキュリティ技術を組み合わせ、IoT機器のライフサイクル全体を安心・安全に管理できるようにするサービスである。機器向けのLinux OSから認証、長期の運用管理までを一社でまとめて提供できる企業は世界的にも珍しく、同社はこの分野を将来の成長領域と位置付けている。</p>
{fig("IoTサービスの概要", [
    ("EMLinux", "長期利用できる<br>IoT機器向けLinux OS"),
    ("SIOTP", "機器の真正性確認と<br>ライフサイクル管理"),
    ("EM+PLS", "EMLinuxとSIOTPを<br>組み合わせた総合サービス")])}
<p style="margin-top:3mm">主なサービスは、長期間の利用に耐えるIoT機器向けLinux OS「EMLinux」、機器の真正性を確認して長期にわたるライフサイクル管理を担うセキュアIoTプラットフォーム（以下、SIOTP）、そして両者をまとめた総合サービス「EM+PLS」である。</p>
<p>2023年1月には、証明書を高速かつ大量に発行できる新しい認証局基盤で、米国国立標準技術研究所（以下、NIST）が選定した耐量子計算機暗号（以下、PQC）への対応に関する概念実証を終えた。NISTは量子コンピュータでも解読が難しい新しい暗号の標準化を進めており、同社は既存の暗号からPQCへの切り替えを検討する企業や組織の検証を支援していく。同じ月には、量子コンピューティング企業のQuantinuum K.K.（以下、クオンティニュアム）と組み、同社の暗号鍵生成基盤「Quantum Origin」と新認証基盤を連携させる実証も完了した。</p>
<p>2023年2月には、EMLinuxとSIOTP認証局が(一社)セキュアIoTプラットフォーム協議会の「セキュアIoT認定（Gold）」を取得した。6月にはTuxera Japanとの協業を強化し、組込分野に加えて大企業や政府機関向けのクラウド事業にも協業の範囲を広げると発表している。</p>
<div class="catch" style="margin-top:4mm">法規制への適合と技術革新への対応を強化</div>
<h3>5. リスク要因と対策・課題</h3>
<p>同社の主なリスクとしては、製品の陳腐化や技術革新への対応の遅れ、電子証明書の発行業務に対する信頼の低下、国や国際的な監視機関による規制や業界の自主ルールによる発行業務への制約、経済安全保障に関わる基準や法規制の施行が遅れることによる影響などが挙げられる。同社は、ルールや基準の策定・改定に関する情報を早めに集めて規制に沿ったサービスを速やかに提供するとともに、自主監査を通じて証明書発行の信頼性を高めている。技術面では、PQCの研究開発にも力を入れている。</p>
<p>SBテクノロジーの連結子会社という立場ではあるものの、同社は3名の社外取締役を置くなどして経営の独立性を確保している。顧客別の売上高ではSBテクノロジーが第1位、ソフトバンクが第2位であるものの、いずれも連結売上高の1割に満たず、特定顧客への依存度が高いとは言えない。</p>
"""


def p_results1():
    head = """<thead>
<tr><th rowspan="2" style="width:23%"></th><th colspan="2">23/3期</th><th colspan="2">24/3期</th><th colspan="2">前期比</th><th rowspan="2">前回<br>予想</th><th colspan="2">予想比</th></tr>
<tr><th>実績</th><th>売上比</th><th>実績</th><th>売上比</th><th>増減額</th><th>増減率</th><th>達成額</th><th>達成率</th></tr>
</thead>"""
    t = table("2024年3月期連結業績", "", head, D.RESULTS_COLS, D.RESULTS_ROWS, neg="△", cls="wrap")
    return f"""
<h2><span class="mk">█</span>業績動向</h2>
<div class="catch">2024年3月期は増収、営業・経常増益で着地</div>
<h3>1. 2024年3月期連結業績の概要</h3>
<p>当期にあたる2024年3月期の連結業績を振り返ると、売上高が{S("前期比4.8%増", "revenue", "yoy_pct", "24")}の{S("6,466百万円", "revenue", "value", "24")}、営業利益が{S("同5.5%増", "operating_income", "yoy_pct", "24")}の{S("1,112百万円", "operating_income", "value", "24")}、経常利益が{S("同5.2%増", "ordinary_income", "yoy_pct", "24")}の{S("1,121百万円", "ordinary_income", "value", "24")}となり、親会社株主に帰属する当期純利益は{S("同28.5%減", "net_income_attributable_to_owners", "yoy_pct", "24")}の{S("518百万円", "net_income_attributable_to_owners", "value", "24")}であった。会社側は2024年1月30日に業績予想を修正しており、その前回予想（売上高{S("6,500百万円", "revenue", "value", "24", "prior_forecast")}、営業利益{S("1,100百万円", "operating_income", "value", "24", "prior_forecast")}、経常利益{S("1,100百万円", "ordinary_income", "value", "24", "prior_forecast")}）に対して、売上高はわずかに届かなかったものの、営業利益と経常利益は上回った。増収・営業増益は9期連続である。EBITDAについても{S("同5.7%増", "ebitda", "yoy_pct", "24")}の{S("1,716百万円", "ebitda", "value", "24")}と伸長した。最終段階の利益については、IoTサービスの固定資産について{U("345百万円", "減損損失", "JPY", "24")}の減損損失を特別損失に計上したことから、前回予想の{S("740百万円", "net_income_attributable_to_owners", "value", "24", "prior_forecast")}を下回り、前期からも大きく減少した。</p>
<p>売上面では、Linux/OSSサービスとIoTサービスが一時的な要因もあって伸び悩んだが、主力の認証・セキュリティサービスでiTrustを中心にリカーリングサービス売上高が順調に増え、全体では増収を確保した。利益面では、人件費や償却費の増加を、リカーリングサービスを中心とする増収効果で吸収した。売上総利益は{S("前期比5.8%増", "gross_profit", "yoy_pct", "24")}、販管費は{S("同5.9%増", "sga", "yoy_pct", "24")}となった。</p>
<div class="ttl">2024年3月期連結業績</div>
{unit_line()}
{t}
<div class="src">注：前回予想は2024年1月30日付の修正値<br>出所：決算短信、決算説明資料よりフィスコ作成</div>
"""


def p_results2():
    head = """<thead>
<tr><th rowspan="2" style="width:34%"></th><th colspan="2">23/3期</th><th colspan="2">24/3期</th><th colspan="2">前期比</th></tr>
<tr><th>実績</th><th>売上比</th><th>実績</th><th>売上比</th><th>増減額</th><th>増減率</th></tr>
</thead>"""
    t = table("2024年3月期サービス別売上高", "", head, D.SEG_COLS, D.SEG_ROWS, neg="-")
    s1, s2 = D.S1, D.S2
    return f"""
{sec("業績動向")}
<div class="ttl">2024年3月期サービス別売上高</div>
{unit_line()}
{t}
<div class="src">出所：決算短信、決算説明資料よりフィスコ作成</div>
<div class="catch" style="margin-top:4mm">iTrustの高い伸びが続く</div>
<h3>2. サービス別の動向</h3>
<p>主力の認証・セキュリティサービスは、売上高が{S("前期比11.3%増", "revenue", "yoy_pct", "24", seg=s1)}の{S("3,943百万円", "revenue", "value", "24", seg=s1)}となった。取引形態別の内訳は、ライセンスが{S("同2.3%増", "revenue", "yoy_pct", "24", seg=s1 + "/ライセンス")}の{S("158百万円", "revenue", "value", "24", seg=s1 + "/ライセンス")}、プロフェッショナルサービスが{S("同33.2%増", "revenue", "yoy_pct", "24", seg=s1 + "/プロフェッショナルサービス")}の{S("598百万円", "revenue", "value", "24", seg=s1 + "/プロフェッショナルサービス")}、リカーリングサービスが{S("同8.4%増", "revenue", "yoy_pct", "24", seg=s1 + "/リカーリングサービス")}の{S("3,186百万円", "revenue", "value", "24", seg=s1 + "/リカーリングサービス")}である。iTrustは、銀行での口座開設や自治体の給付金申請における本人確認、企業同士の取引や不動産賃貸契約の電子署名などへと導入先が広がり、高い伸びを保った。サーバー証明書やデバイスIDも底堅く推移した。プロフェッショナルサービスは、国立研究開発法人産業技術総合研究所のネットワーク認証基盤など、将来のリカーリング収入につながる公共向けの大型受託開発案件が寄与し、大きく伸びた。</p>
"""


def p_results3():
    s2, s3 = D.S2, D.S3
    return f"""
{sec("業績動向")}
<p>Linux/OSSサービスは、売上高が{S("前期比3.6%減", "revenue", "yoy_pct", "24", seg=s2)}の{S("1,394百万円", "revenue", "value", "24", seg=s2)}であった。内訳は、ライセンスが{S("同12.6%減", "revenue", "yoy_pct", "24", seg=s2 + "/ライセンス")}の{S("294百万円", "revenue", "value", "24", seg=s2 + "/ライセンス")}、プロフェッショナルサービスが{S("同26.6%増", "revenue", "yoy_pct", "24", seg=s2 + "/プロフェッショナルサービス")}の{S("157百万円", "revenue", "value", "24", seg=s2 + "/プロフェッショナルサービス")}、リカーリングサービスが{S("同4.4%減", "revenue", "yoy_pct", "24", seg=s2 + "/リカーリングサービス")}の{S("942百万円", "revenue", "value", "24", seg=s2 + "/リカーリングサービス")}である。CentOS7のサポート終了（2024年6月）に向けた延長サポート需要については、技術的な課題の解決に時間がかかり販売促進の開始が一部遅れたことなどから、延長サポートの開始をサポート終了後の2024年7月以降とする企業が想定を上回った。第4四半期に見込んでいた新規の大型案件を失注したことも響いた。もっとも、延長サポートに関する問い合わせは急増しており（その約7割が新規の顧客候補）、サービスラインナップの拡充や、マーケティングから営業までのプロセスの一本化といった重点施策は計画どおりに進んだ。</p>
<p>IoTサービスは、売上高が{S("前期比4.1%減", "revenue", "yoy_pct", "24", seg=s3)}の{S("1,128百万円", "revenue", "value", "24", seg=s3)}となった。内訳は、ライセンスが{S("同3.5%減", "revenue", "yoy_pct", "24", seg=s3 + "/ライセンス")}の{S("111百万円", "revenue", "value", "24", seg=s3 + "/ライセンス")}、プロフェッショナルサービスが{S("同6.5%減", "revenue", "yoy_pct", "24", seg=s3 + "/プロフェッショナルサービス")}の{S("917百万円", "revenue", "value", "24", seg=s3 + "/プロフェッショナルサービス")}、リカーリングサービスが{S("同24.7%増", "revenue", "yoy_pct", "24", seg=s3 + "/リカーリングサービス")}の{S("100百万円", "revenue", "value", "24", seg=s3 + "/リカーリングサービス")}である。プロフェッショナルサービスでは、経済安全保障に関わる国際的な安全基準や法規制への対応を支援するセキュリティコンサルティングが好調だった一方、国内製造業から受ける大型受託開発を担う協業パートナーの確保が遅れたことが減収につながった。リカーリングサービスは、従来の車載機器や産業制御機器に加えて医療機器の分野でも複数の企業がEMLinuxを採用し、伸びが続いた。子会社リネオソリューションズの受託開発も2ケタの増収であった。</p>
<div class="catch" style="margin-top:4mm">無借金で自己資本比率は高水準、財務の健全性は高い</div>
<h3>3. 財務の状況</h3>
<p>2024年3月期末の資産合計は、前期末から{S("548百万円", "total_assets", "yoy_amount", "24", span="instant")}増えて{S("8,417百万円", "total_assets", "value", "24", span="instant")}となった。ソフトウェアが減価償却と減損により減少した一方、現金及び預金や、受取手形・売掛金及び契約資産が増加した。負債合計は{S("141百万円", "total_liabilities", "yoy_amount", "24", span="instant")}増の{S("2,384百万円", "total_liabilities", "value", "24", span="instant")}で、買掛金や未払金が増えた。純資産合計は利益剰余金の積み上がりにより{S("407百万円", "net_assets", "yoy_amount", "24", span="instant")}増えて{S("6,032百万円", "net_assets", "value", "24", span="instant")}となった。この結果、自己資本比率は{S("0.1ポイント上昇", "equity_ratio", "yoy_amount", "24", span="instant")}し、{S("71.6%", "equity_ratio", "value", "24", span="instant")}となった。</p>
"""


def p_results4():
    head = """<thead>
<tr><th style="width:36%"></th><th>20/3期末</th><th>21/3期末</th><th>22/3期末</th><th>23/3期末</th><th>24/3期末</th><th>増減</th></tr>
</thead>"""
    t = table("財務諸表及びキャッシュ・フロー計算書（簡易版）", "", head, D.BS_COLS, D.BS_ROWS, neg="△")
    t = t.replace("</tbody></table>", "")
    cf_head = '<tr class="cfh"><th></th><th>20/3期</th><th>21/3期</th><th>22/3期</th><th>23/3期</th><th>24/3期</th><th></th></tr>'
    t2 = table("財務諸表及びキャッシュ・フロー計算書（簡易版）", "", "", D.CF_COLS, D.CF_ROWS, neg="△", colgroup_extra=1)
    t2 = t2.replace('<table class="dt ">', "").replace("<tbody>", cf_head, 1)
    return f"""
{sec("業績動向")}
<p>目立った変動項目はなく、有利子負債のない無借金経営を続けていることや、自己資本比率が高い水準にあることから、弊社では同社の財務の健全性は高いと評価している。営業活動によるキャッシュ・フローは安定して黒字を確保しており、ソフトウェアなどへの投資を手元資金の範囲内で賄える状況が続いている。</p>
<div class="ttl">財務諸表及びキャッシュ・フロー計算書（簡易版）</div>
{unit_line()}
{t}
{t2}
<div class="src">注：2021年4月に東証マザーズ市場へ新規上場<br>出所：決算短信よりフィスコ作成</div>
"""


def p_outlook1():
    s1, s2, s3 = D.S1, D.S2, D.S3
    return f"""
<h2><span class="mk">█</span>今後の見通し</h2>
<div class="catch">2025年3月期は大幅な増収増益を計画、上振れの余地も</div>
<h3>● 2025年3月期連結業績予想の概要</h3>
<p>2025年3月期について会社側は、売上高が{S("前期比11.3%増", "revenue", "yoy_pct", "25", "forecast")}の{S("7,200百万円", "revenue", "value", "25", "forecast")}、営業利益が{S("同16.9%増", "operating_income", "yoy_pct", "25", "forecast")}の{S("1,300百万円", "operating_income", "value", "25", "forecast")}、経常利益が{S("同15.9%増", "ordinary_income", "yoy_pct", "25", "forecast")}の{S("1,300百万円", "ordinary_income", "value", "25", "forecast")}、親会社株主に帰属する当期純利益が{S("同65.8%増", "net_income_attributable_to_owners", "yoy_pct", "25", "forecast")}の{S("860百万円", "net_income_attributable_to_owners", "value", "25", "forecast")}となる連結業績予想を示している。2ケタの増収と大幅な増益を見込む計画であり、収益の拡大基調は続く見通しだ。iTrustなど採算の良いサービスの拡大が続くことに加え、前期に伸び悩んだLinux/OSSサービスではCentOS7の延長サポート需要が本格化する。最終利益では、前期の減損損失がなくなることも増益に寄与する。</p>
<p>サービス別には、認証・セキュリティサービスが{S("前期比9.0%増", "revenue", "yoy_pct", "25", "forecast", seg=s1)}の{S("4,300百万円", "revenue", "value", "25", "forecast", seg=s1)}、Linux/OSSサービスが{S("同21.9%増", "revenue", "yoy_pct", "25", "forecast", seg=s2)}の{S("1,700百万円", "revenue", "value", "25", "forecast", seg=s2)}、IoTサービスが{S("同6.3%増", "revenue", "yoy_pct", "25", "forecast", seg=s3)}の{S("1,200百万円", "revenue", "value", "25", "forecast", seg=s3)}を計画している。認証・セキュリティサービスはiTrustの高成長によりリカーリングサービス売上高が増える。Linux/OSSサービスは延長サポート需要の本格化でリカーリングサービス売上高が伸び、IoTサービスは経済安全保障関連の基準や法規制への対応ニーズを背景に、リカーリングサービス売上高の2ケタ成長を見込む。</p>
<p>利益面では、人的資本や研究開発への先行投資が続き人件費などは増えるものの、高収益サービスを中心とした増収で吸収できる見込みである。大手システムインテグレーターなどの協業パートナーを通じた販売を増やすことで、営業経費の膨らみも抑えられるとしている。</p>
<p>半期別の予想は公表されていないが、認証・セキュリティサービスではリカーリングサービス売上高が毎年下期にかけて積み上がる傾向があることや、IoTサービスのプロフェッショナルサービスの検収が下期に集中しやすいことに加え、今期はCentOS7の延長サポート需要が第2四半期から本格化するため、営業利益は例年以上に下期に偏る見込みである。前期に予想を引き下げた反省から、今期の予想は達成の確度を重視した保守的な水準に置かれている。セキュリティへの意識の高まりなど事業環境は良好で、高収益のリカーリングサービスが拡大を続けていること、前期のLinux/OSSサービスの伸び悩みが一過性であったことを考え合わせると、積極的な事業展開によって会社予想を上回る可能性は十分にあると弊社では見ている。</p>
"""


def p_outlook2():
    head = """<thead>
<tr><th rowspan="2" style="width:36%"></th><th colspan="2">24/3期</th><th colspan="2">25/3期</th><th colspan="2">前期比</th></tr>
<tr><th>実績</th><th>売上比</th><th>予想</th><th>売上比</th><th>増減額</th><th>増減率</th></tr>
</thead>"""
    t = table("2025年3月期連結業績予想", "", head, D.FC_COLS, D.FC_ROWS, neg="△")
    return f"""
{sec("今後の見通し")}
<div class="ttl">2025年3月期連結業績予想</div>
{unit_line()}
{t}
<div class="src">出所：決算短信、決算説明資料よりフィスコ作成</div>
<h2 style="margin-top:7mm"><span class="mk">█</span>成長戦略</h2>
<div class="catch">5つの重要テーマを掲げて成長を目指す</div>
<h3>1. 中期経営計画「BizX 20/40」</h3>
<p>同社は2023年3月期から3年間の中期経営計画で、業績の飛躍的な成長を目指すスローガンとして「BizX 20/40（ビジネストランスフォーメーション トゥエンテーフォーティ）」を打ち出している。その実現に向け、成長する組織と人材育成、新規市場の立ち上げとフォーカス、将来に向けた研究開発、グローバル展開、システム安定稼働品質確保という5つの重要テーマに取り組んでいる。</p>
{fig("BizX 20/40の重要テーマ", [
    ("組織・人材", "成長する組織と<br>人材育成"),
    ("新規市場", "新規市場の立ち上げと<br>フォーカス"),
    ("研究開発", "将来に向けた<br>研究開発"),
    ("グローバル", "グローバル展開"),
    ("品質", "システム安定稼働<br>品質確保")], source="出所：事業計画及び成長可能性に関する事項より掲載")}
"""


def p_growth1():
    return f"""
{sec("成長戦略")}
<p>サービス別に見ると、同社はiTrust（認証・セキュリティサービス）、Linuxサポート（Linux/OSSサービス）、EMLinux（IoTサービス）の3つを高成長牽引サービスと位置付け、これらを伸ばすことでリカーリングサービス売上高の一層の拡大を図る。</p>
<p>iTrustについては、マイナンバーカードの普及に伴いオンラインでの本人確認を使う場面が増えると見て、パートナー企業のアプリに組み込まれたソフトウェアとの連携を進め、トランザクション課金の拡大をそのままリカーリングサービス売上高の拡大につなげる戦略である。主要KPIであるトランザクション数（有償APIの利用件数）は、2024年3月期に前期の{U("1.7倍", "iTrustトランザクション数（前期比倍率）", "times", "24")}となる年間{U("約28百万件", "iTrustトランザクション数", "cases", "24")}に達した。本人確認の厳格化が進むなか、2025年3月期以降、利用件数の伸びは一段と加速する見通しだ。</p>
{fig("高成長牽引サービスiTrustのKPI推移", [
    ("トランザクション数", "有償APIの利用件数は<br>年々拡大"),
    ("採用分野", "金融・自治体・<br>不動産・医療"),
    ("連携先", "パートナー企業の<br>アプリ・サービス")])}
<p style="margin-top:3mm">Linuxサポートについては、CentOS7のサポートが2024年6月に終了したことで、2020年12月のCentOS6サポート終了時と同様に延長サポートの需要が本格化する見通しである。2024年3月期は一時的な要因で想定を下回ったが、延長サポートに関する問い合わせは、CentOS6のときの累計{U("74件", "CentOS6延長サポート問い合わせ件数", "cases", None)}に対し、CentOS7では累計{U("293件", "CentOS7延長サポート問い合わせ件数", "cases", None)}と大きく増えている。同社は2025年3月期のCentOS7延長サポート関連売上高を前期の2倍を超える水準と見込む。商機を逃さず受注を積み上げるとともに、CloudLinuxとの提携で扱いを始めたセキュリティ強化の付加価値サービスの販売も本格化させる。後継OSとして有力視されるAlmaLinux OSへの対応も含め、リカーリングサービス売上高の拡大を進める方針である。</p>
{fig("Linuxサポート収益拡大の根拠", [
    ("CentOS7サポート終了", "2024年6月に終了<br>移行の遅れる企業が多い"),
    ("問い合わせの急増", "CentOS6終了時を<br>大きく上回る"),
    ("付加価値サービス", "無停止での<br>脆弱性修正適用")])}
"""


def p_growth2():
    return f"""
{sec("成長戦略")}
<p>IoTサービスのEMLinuxについては、IoT機器の出荷台数がさらに増えるにつれて機器のセキュリティリスクも高まると見込まれることから、大型開発案件に強い国内外のシステムインテグレーターなどとの協業を進め、国内外のIoTセキュリティ要件を満たすEMLinuxの契約を積み増していく。機器の真正性を確認して長期の管理を担うSIOTPや、EMLinuxとSIOTPを組み合わせたEM+PLSについても、潜在顧客の開拓を通じて契約件数を積み上げ、リカーリングサービス売上高の拡大につなげる考えである。</p>
<p>OSSのグローバルコミュニティ※1との関わりでは、セキュリティ問題を背景に米国主導でセキュリティ行動計画がまとめられており、同社もこの計画に参加して貢献することを表明している。長期保守を目指すCIP※2への貢献を通じて、EMLinuxの長期サポートを実現している。今後も行動計画に沿った製品を開発・提供し、信頼性をさらに高めていく方針だ。</p>
<div class="note">※1　オープンソースソフトウェアの安全性向上に取り組む国際的な団体。</div>
<div class="note">※2　Civil Infrastructure Platform。社会インフラ向けの組込システムを長期にわたって保守することを目的とするOSSコミュニティ。</div>
<div class="catch" style="margin-top:4mm">安定的かつ継続的な配当を基本方針に</div>
<h3>2. 株主還元策</h3>
<p>同社は、企業価値の中長期的な向上に向けた成長投資を優先しつつ、株主の理解を得るため、年1回の期末配当を安定的かつ継続的に行うことを基本方針としている。この方針に沿って、2023年3月期に初めての配当（2023年4月1日付の株式分割を遡って反映した数値で期末{S("17.50円", "dividend_per_share", "value", "23")}）を実施した。2024年3月期の年間配当も株式分割反映後で前期と同じ{S("17.50円", "dividend_per_share", "value", "24")}（期末一括）とし、連結配当性向は{S("27.2%", "payout_ratio", "value", "24")}となった。2025年3月期も同額の年間{S("17.50円", "dividend_per_share", "value", "25", "forecast")}（期末一括）を予定しており、予想連結配当性向は{S("16.4%", "payout_ratio", "value", "25", "forecast")}となる。</p>
<div class="catch" style="margin-top:4mm">サステナビリティ経営にも注力</div>
<h3>3. サステナビリティ経営</h3>
<p>同社は、事業の成長と持続可能な社会の実現への貢献を両立させることをサステナビリティ経営の基本方針としている。トラストサービスの普及を通じて安心・安全なデジタル社会を実現すること、外部との共創（オープンイノベーション）で技術を発展させること、しなやかで強い組織をつくって企業として成長すること、省資源・省エネルギーで環境への負荷を減らすことの4点に取り組んでいる。</p>
{fig("SDGsへの取り組み", [
    ("デジタル社会", "トラストサービスで<br>安心・安全を実現"),
    ("技術の発展", "オープン<br>イノベーション"),
    ("組織づくり", "レジリエントな<br>組織と人材"),
    ("環境", "省資源・<br>省エネルギー")])}
"""


def p_growth3():
    return f"""
{sec("成長戦略")}
<div class="catch">高収益の事業基盤を評価、成長戦略の進み具合に注目</div>
<h3>4. アナリストの視点</h3>
<p>弊社が同社を評価する最大の理由は、認証・セキュリティとLinux/OSSの両分野において、契約の更新とともに収益が積み上がるリカーリングサービスが売上高の過半を占め、高い収益性を支える基盤ができあがっている点にある。成長分野と位置付ける独自のIoTサービスも着実に育ってきている。</p>
<p>事業環境に目を向けると、企業や地方自治体のDX、マイナンバーカードの活用拡大など、紙を前提とした手続きから電子的な手続きへの移行が進むなかで、本人確認などのセキュリティを厳格にする必要性は一段と高まると予想される。こうした環境のもと、iTrust、Linuxサポート、EMLinuxといったリカーリングサービスの拡大も期待できよう。2024年3月期の業績は一時的な要因で期初の会社計画に届かず、現中期経営計画の最終年度である2025年3月期も計画策定時の目標には届かない見込みとなった。それでも弊社では、成長戦略の進展を引き続き注目していきたい。</p>
<div class="disc" style="margin-top:10mm">
<div class="ttl" style="text-align:left">重要事項（ディスクレーマー）</div>
<p>本レポートに掲載した株価及び指数に関する情報は、各情報提供元の許諾を得て使用しています。</p>
<p>本レポートは、作成時点でフィスコが信頼に足ると判断した情報に基づいて作成していますが、記載内容の正確性や完全性、適時性を保証するものではなく、対象企業が発行する有価証券の価値を保証するものでもありません。本レポートは情報の提供のみを目的としており、特定の有価証券の売買その他の投資行動を勧めるものではありません。投資に関する最終的な判断は、読者ご自身の責任で行ってください。本レポートの利用によって生じたいかなる損害についても、フィスコは責任を負いません。</p>
<p>本レポートの作成にあたっては、対象企業からの依頼を受け、取材等を通じて情報の提供を受けていますが、本レポートに示した見解や予測はすべてフィスコ独自の分析に基づくものです。記載内容は作成時点のものであり、予告なく変更されることがあります。</p>
<p>本レポートの著作権その他の知的財産権はフィスコに帰属します。フィスコの書面による事前の承諾なく、本レポートの全部または一部を複製、転載、改変することを禁じます。</p>
<p style="text-indent:0">株式会社フィスコ</p>
</div>
"""


SECTIONS = ["要約", "要約", "会社概要", "会社概要", "事業概要", "事業概要", "事業概要", "事業概要", "事業概要",
            "事業概要", "事業概要", "業績動向", "業績動向", "業績動向", "業績動向", "今後の見通し", "今後の見通し",
            "成長戦略", "成長戦略", "成長戦略"]

PAGES = [p_summary1, p_summary2, p_company, p_history_business, p_business1, p_business2, p_hist_table,
         p_business3, p_business4, p_business5, p_business6, p_results1, p_results2, p_results3, p_results4,
         p_outlook1, p_outlook2, p_growth1, p_growth2, p_growth3]


def main():
    outdir = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "out")
    os.makedirs(outdir, exist_ok=True)
    html = ['<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8">',
            '<title>COMPANY RESEARCH AND ANALYSIS REPORT サイバートラスト 4498</title>',
            '<style>%s</style></head><body>' % CSS]
    for i, fn in enumerate(PAGES, 1):
        PAGE[0] = i
        SECTION[0] = SECTIONS[i - 1]
        body = fn()
        html.append('<section class="page" id="p%d">%s<div class="body">%s</div>%s</section>'
                    % (i, HEADER, body, FOOTER % i))
    html.append("""<script>
document.querySelectorAll('.body').forEach(function (b) {
  if (b.scrollHeight > b.clientHeight + 1) b.setAttribute('data-overflow', String(b.scrollHeight - b.clientHeight));
});
</script></body></html>""")
    with open(os.path.join(outdir, "report.html"), "w", encoding="utf-8") as f:
        f.write("\n".join(html))
    with open(os.path.join(outdir, "occurrences.json"), "w", encoding="utf-8") as f:
        json.dump({"pages": len(PAGES), "occurrences": OCCURRENCES}, f, ensure_ascii=False, indent=1)

    facts = []
    for f in FACTS.values():
        f = dict(f)
        f["pages"] = sorted(f["pages"])
        f["where"] = "; ".join(f["where"])
        facts.append(f)
    unmapped = []
    for u in UNMAPPED:
        u = dict(u)
        u["pages"] = sorted(u["pages"])
        unmapped.append(u)
    golden = {
        "file": "fisco-cybertrust-2024.pdf",
        "document": {"kind": "fisco_report",
                     "company": {"name": "サイバートラスト", "securitiesCode": "4498", "market": "東証グロース"},
                     "publishedOn": "2024-07-11", "accountingStandard": None, "fiscalYearEndMonth": 3},
        "facts": facts,
        "unmapped": unmapped,
        "expectedConflicts": [],
    }
    with open(GOLDEN, "w", encoding="utf-8") as f:
        f.write(json.dumps(golden, ensure_ascii=False, indent=1) + "\n")
    print("pages %d, facts %d, unmapped %d" % (len(PAGES), len(facts), len(unmapped)))


if __name__ == "__main__":
    main()
