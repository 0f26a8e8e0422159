# -*- coding: utf-8 -*-
"""Builds report.html (one fixed-size A4 <section> per page) and the golden
samples/fisco-iij-2025.expected.json from data.py + the prose below.

    python3 build.py OUTDIR      -> OUTDIR/report.html, OUTDIR/occurrences.json
                                    and ../../fisco-iij-2025.expected.json
"""
import json
import os
import sys

import data as D
from lib import PAGE, SECTION, FACTS, UNMAPPED, OCCURRENCES, table, S, U

HERE = os.path.dirname(os.path.abspath(__file__))
GOLDEN = os.path.join(HERE, "..", "..", "fisco-iij-2025.expected.json")
NW, SI = D.NW, D.SI

CSS = """
@page { size: A4; margin: 0 }
/* no synthetic bold: Skia would emit it as Type 3 fonts */
* { font-weight: normal !important; font-synthesis: none; }
html, body { margin: 0; padding: 0; }
body { font-family: "IPAexGothic"; font-size: 9.3pt; color: #1d1d1d; }
section.page { width: 210mm; height: 297mm; position: relative; overflow: hidden;
  box-sizing: border-box; page-break-after: always; break-after: page; }
section.page:last-child { page-break-after: auto; break-after: auto; }
.hdr { position: absolute; top: 8mm; left: 15mm; right: 15mm; height: 24mm; border-bottom: 0.6mm solid #7a1f2b; }
.band { position: absolute; left: 0; top: 0; color: #7a1f2b; font-size: 10pt; letter-spacing: 0.05em; }
.hr { position: absolute; right: 0; top: 5.5mm; text-align: right; font-size: 8.4pt; line-height: 1.5; }
.hr .co { font-size: 9.6pt; }
.hr .url { font-size: 7.4pt; color: #555; }
.body { position: absolute; top: 36mm; left: 18mm; right: 18mm; bottom: 24mm; overflow: hidden; }
.ftr { position: absolute; bottom: 7mm; left: 15mm; right: 15mm; height: 13mm; font-size: 6.8pt; color: #555;
  border-top: 0.2mm solid #999; padding-top: 1mm; }
.ftr .pno { position: absolute; right: 0; bottom: 0; font-size: 10pt; color: #7a1f2b; }
.seclbl { font-size: 8pt; color: #7a1f2b; margin-bottom: 2.5mm; }
.mk { font-family: "DejaVu Sans"; color: #7a1f2b; }
h2 { font-size: 13pt; color: #7a1f2b; margin: 1mm 0 2mm 0; border-bottom: 0.3mm solid #7a1f2b; padding-bottom: 0.5mm; }
.catch { font-size: 10.4pt; margin: 2mm 0 2.5mm 0; background: #f6eef0; padding: 1mm 2mm; }
h3 { font-size: 9.8pt; margin: 3mm 0 1.2mm 0; color: #333; }
p { margin: 0 0 2mm 0; line-height: 1.7; text-indent: 1em; text-align: justify; }
.note { font-family: "IPAexMincho"; font-size: 7.6pt; line-height: 1.5; margin: 0 0 1mm 2.2em; text-indent: -2.2em; }
.tt { display: flex; justify-content: space-between; align-items: baseline; margin: 4mm 0 0.8mm 0; }
.tt .ttl { font-size: 9pt; }
.tt .unit { font-size: 7.4pt; }
.ttl2 { font-size: 9pt; margin: 4mm 0 0.5mm 0; }
.unit2 { font-size: 7.4pt; margin: 0 0 0.6mm 0; }
table.dt { width: 100%; border-collapse: collapse; font-size: 7.9pt; }
table.dt th { font-weight: normal; border-top: 0.3mm solid #7a1f2b; border-bottom: 0.2mm solid #7a1f2b;
  padding: 0.5mm 0.8mm; line-height: 1.25; text-align: center; background: #fbf7f8; }
table.dt td { border-bottom: 0.12mm dotted #aaa; padding: 0.6mm 1.2mm; line-height: 1.3; }
table.dt td.num { text-align: right; white-space: nowrap; }
table.dt td.lbl { white-space: nowrap; }
table.dt td.lbl.ind { padding-left: 4.5mm; }
table.dt tr.grp td { color: #7a1f2b; }
table.dt.wrap td.lbl { white-space: normal; }
.src { font-size: 7.1pt; margin: 0.8mm 0 0 0; line-height: 1.45; color: #444; }
.fig { border: 0.25mm solid #b9a0a5; margin: 3mm 0 1mm 0; padding: 2.5mm; }
.fig .ft { font-size: 8.6pt; text-align: center; margin-bottom: 2mm; }
.fig .row { display: flex; gap: 2.5mm; justify-content: center; }
.fig .bx { flex: 1; border-left: 1mm solid #7a1f2b; padding: 1.5mm 2mm; font-size: 7.6pt; line-height: 1.45; background: #faf6f7; }
.fig .bx b { display: block; color: #7a1f2b; margin-bottom: 1mm; }
.cover { border-left: 2.5mm solid #7a1f2b; padding: 2mm 4mm; margin-bottom: 3mm; background: #faf6f7; }
.cover .co { font-size: 16pt; }
.cover .sub { font-size: 8.4pt; color: #444; }
.kp { border: 0.3mm solid #7a1f2b; padding: 2.5mm 3.5mm; margin: 2mm 0 3mm 0; font-size: 8.6pt; line-height: 1.6; }
table.hist { width: 100%; border-collapse: collapse; font-size: 7.8pt; }
table.hist td { border-bottom: 0.12mm dotted #aaa; padding: 0.6mm 1.2mm; line-height: 1.35; vertical-align: top; }
table.hist th { border-top: 0.3mm solid #7a1f2b; border-bottom: 0.2mm solid #7a1f2b; font-weight: normal; padding: 0.5mm; }
.disc { font-size: 7.6pt; line-height: 1.65; }
"""

HEADER = """<div class="hdr">
<div class="band">COMPANY RESEARCH AND ANALYSIS REPORT</div>
<div class="hr">
<div class="co">2025年9月1日(月) インターネットイニシアティブ</div>
<div>3774 東証プライム市場</div>
<div class="url">https://www.iij.ad.jp/</div>
</div>
</div>"""

FOOTER = """<div class="ftr">
<div>本レポートをご利用の際は、巻末の重要事項（ディスクレーマー）を必ずお読みください。</div>
<div>Important disclosures and disclaimers appear at the end of this report.</div>
<div>FISCO Ltd.　https://www.fisco.co.jp</div>
<div class="pno">%d</div>
</div>"""


def sec(name):
    return '<div class="seclbl">%s</div>' % name


def fig(title, boxes, source="出所：決算説明資料よりフィスコ作成"):
    parts = ['<div class="fig"><div class="ft">%s</div>' % title,
             '<div class="row">' + "".join('<div class="bx"><b>%s</b>%s</div>' % b for b in boxes) + '</div>',
             '</div><div class="src">%s</div>' % source]
    return "\n".join(parts)


def caption(title, unit, inline=True):
    """Title and unit caption: on one line (inline) or the unit on its own line under the title."""
    if inline:
        return '<div class="tt"><span class="ttl">%s</span><span class="unit">（単位：%s）</span></div>' % (title, unit)
    return '<div class="ttl2">%s</div><div class="unit2">（単位：%s）</div>' % (title, unit)


# ====================================================================== pages

def p1():
    return f"""
<div class="cover">
<div class="sub">企業調査レポート　　フィスコ客員アナリスト　山本 和也</div>
<div class="co">インターネットイニシアティブ</div>
<div class="sub">ネットワークを軸に法人のITインフラを一括して担う、国内インターネット接続の草分け</div>
</div>
<div class="kp">■Key Points<br>
・ネットワークサービスとシステムインテグレーションを組み合わせ、法人の大型更改案件を取り込む<br>
・26/3期1Qは運用保守の積み上がりとVMware関連の反動で、営業利益が3割を超える増益<br>
・26/3期は増収増益・増配の期初計画を据え置き、中期計画2年目として利益の伸長を図る</div>
<h2><span class="mk">█</span>要約</h2>
<div class="catch">ネットワーク運営とSIの複合提供で、法人ストック売上を積み上げる</div>
<p>インターネットイニシアティブ＜3774＞（以下、IIJ）は、1992年12月に国内初の本格的な商用インターネット接続事業者として創業した。法人向けのインターネット接続やWAN、自社で開発したセキュリティなどのアウトソーシングサービスを中核とするネットワークサービスと、ネットワークやクラウドの構築から運用保守までを担うシステムインテグレーションを2本柱とし、このほかATM運営事業を手掛ける。会計基準には国際会計基準（IFRS）を採用している。</p>
<h3>1. 26/3期1Qは増収と大幅な営業増益</h3>
<p>2026年3月期第1四半期（2025年4月～6月）の連結業績は、売上収益が{S("前年同期比6.7%増", "revenue", "yoy_pct", "Q1_26")}の{S("76,821百万円", "revenue", "value", "Q1_26")}、営業利益が{S("同34.6%増", "operating_income", "yoy_pct", "Q1_26")}の{S("6,031百万円", "operating_income", "value", "Q1_26")}、税引前四半期利益が{S("同13.9%増", "profit_before_tax", "yoy_pct", "Q1_26")}の{S("5,737百万円", "profit_before_tax", "value", "Q1_26")}、親会社の所有者に帰属する四半期利益が{S("同13.7%増", "net_income_attributable_to_owners", "yoy_pct", "Q1_26")}の{S("3,777百万円", "net_income_attributable_to_owners", "value", "Q1_26")}となった。期初に人件費などの費用が膨らみやすい第1四半期としては伸びが大きく、前年同期にVMwareのライセンス価格引き上げで圧迫された利益が戻ったことも寄与した。会社計画に対しては順調な滑り出しと言える。</p>
"""


def p2():
    return f"""
{sec("要約")}
<h3>2. 26/3期は期初計画を据え置き、2ケタの営業増益を見込む</h3>
<p>2026年3月期の連結業績予想は、2025年5月の公表値から変更されていない。売上収益が{S("前期比7.3%増", "revenue", "yoy_pct", "FY26", "forecast")}の{S("3,400億円", "revenue", "value", "FY26", "forecast")}、営業利益が{S("同21.2%増", "operating_income", "yoy_pct", "FY26", "forecast")}の{S("365億円", "operating_income", "value", "FY26", "forecast")}、税引前利益が{S("同15.5%増", "profit_before_tax", "yoy_pct", "FY26", "forecast")}の{S("337億円", "profit_before_tax", "value", "FY26", "forecast")}、親会社の所有者に帰属する当期利益が{S("同15.4%増", "net_income_attributable_to_owners", "yoy_pct", "FY26", "forecast")}の{S("230億円", "net_income_attributable_to_owners", "value", "FY26", "forecast")}を計画する。ネットワークサービスの機能強化と販売体制の見直しによる積み上げに加え、獲得済みの大型案件が月額の売上に移っていく効果を見込む。退職金制度の改定に伴う引当金の戻りも第2四半期に予定されている。</p>
<h3>3. 増配を継続する方針</h3>
<p>株主還元については、内部留保とのバランスに配慮しながら安定的な配当を続けることを基本方針としている。2026年3月期の1株当たり年間配当金は、前期から{S("4.00円増", "dividend_per_share", "yoy_amount", "FY26", "forecast")}の{S("39.00円", "dividend_per_share", "value", "FY26", "forecast")}（中間{S("19.50円", "dividend_per_share", "value", "H1_26", "forecast")}、期末{S("19.50円", "dividend_per_share", "value", "H2_26", "forecast")}）を予定する。中期計画では、事業規模の拡大にあわせて配当性向を段階的に引き上げる考えを示している。</p>
<h3>4. 大型案件の獲得が常態化、中期計画の達成確度に注目</h3>
<p>金融機関や公共機関、一般事業法人でネットワークの更改需要が旺盛であり、同社はネットワークサービスとシステムインテグレーションを一体で提供する「サービスインテグレーション」の形で複数年の大型案件を相次いで獲得している。構築が終わった案件は運用保守やネットワークサービスの月額売上に移るため、ストック型の売上が厚みを増していく構図である。弊社では、人材の確保と価格転嫁を進めながら、こうした案件の収益化をどこまで加速できるかに注目している。</p>
"""


HIST = [
    ("1992年12月", "国内初の本格的な商用インターネット接続事業者として創業"),
    ("1993年", "法人向けインターネット接続サービスの提供を開始"),
    ("2009年", "クラウドサービスの提供を開始"),
    ("2011年4月", "島根県松江市で外気冷却コンテナ型の松江データセンターパークが稼働"),
    ("2012年", "個人向けモバイルサービスの提供を開始"),
    ("2015年9月", "法人向けマルチサービスゲートウェイ「Omnibus」の提供を開始"),
    ("2017年3月", "セキュリティオペレーションセンター（SOC）を開設"),
    ("2018年3月", "フルMVNOとしてのサービスを開始"),
    ("2018年12月", "「IIJフレックスモビリティサービス」の提供を開始"),
    ("2019年5月", "千葉県印西市で白井データセンターキャンパスが稼働"),
    ("2022年9月", "自社開発のSASE「IIJセキュアアクセスサービス」の提供を開始"),
    ("2023年7月", "白井データセンターキャンパス2期棟の運用を開始"),
    ("2025年6月", "白井3期棟の建設に着工、松江で新たなシステムモジュール棟が稼働"),
]


def p3():
    rows = "\n".join('<tr><td style="white-space:nowrap">%s</td><td>%s</td></tr>' % r for r in HIST)
    return f"""
<h2><span class="mk">█</span>会社概要</h2>
<div class="catch">日本のインターネットの草分け、法人ITインフラの担い手へ</div>
<h3>1. 会社概要</h3>
<p>同社は、インターネットの商用利用がまだ一般的でなかった時代に接続事業を立ち上げ、数多くのインターネット関連サービスを自ら開発して国内の標準づくりを主導してきた。国内最大級のインターネットバックボーンを自社で運用し、高い技術力を持つIP技術者を多く抱えることが強みである。主要株主にはNTTグループ、KDDI、伊藤忠テクノソリューションズ、創業者の鈴木幸一氏が名を連ねる。</p>
<p>連結従業員数は2025年6月末で{S("5,504名", "employees", "value", "I2506")}と、2025年3月末の{S("5,221名", "employees", "value", "I2503")}から増えた。2025年4月に新卒社員を迎え入れたことが主因であり、従業員のおよそ7割を技術者が占める。2025年4月からは新たな経営体制のもとで事業を進めているが、成長戦略とビジネスモデルに変更はない。</p>
<h3>2. 沿革</h3>
<div class="ttl2">主な沿革</div>
<table class="hist"><thead><tr><th style="width:17%">年月</th><th>主な出来事</th></tr></thead><tbody>
{rows}
</tbody></table>
<div class="src">出所：会社資料よりフィスコ作成</div>
"""


def p4():
    return f"""
<h2><span class="mk">█</span>事業概要</h2>
<div class="catch">ネットワークサービスとSIの複合提供で法人需要を捉える</div>
<p>同社の事業は、ネットワークサービス、システムインテグレーション（以下、SI）、ATM運営事業の3つに分かれる。売上の性格で見ると、契約が続く限り毎月計上されるストック売上（接続、アウトソーシング、WAN、SI運用保守）と、システムの検収時に一括で計上される一時売上（SI構築、機器販売を含む）から成り、ストック売上が大半を占める。</p>
{fig("事業の構成", [
    ("ネットワークサービス", "法人・個人向けインターネット接続<br>アウトソーシング（セキュリティ等）<br>WAN（閉域網）"),
    ("システムインテグレーション", "ネットワーク・クラウドの構築<br>機器販売<br>運用保守（プライベートクラウド等）"),
    ("ATM運営事業", "商業施設などに設置した<br>ATMの運営")])}
<h3>1. ネットワークサービス</h3>
<p style="margin-top:2mm">法人向けインターネット接続は創業以来の中核サービスであり、帯域を保証した高信頼の専用線を、企業は基幹回線として利用している。契約帯域に応じて料金が決まるため、企業のインターネット利用量が増えるほど売上が伸びやすい。モバイルでは、IoT機器などの法人向け回線や、他のMVNOにネットワーク基盤を卸すMVNE、個人向けの「IIJmio」を展開し、国内のSIM型MVNO市場でシェア首位を保っている。</p>
<p>アウトソーシングサービスは、メール、ファイアウォール、Webゲートウェイ、SASE、SOCなど、自社で開発した多種多様なサービス群である。ゼロトラストの考え方に基づいて開発してきた経緯があり、複数のサービスを組み合わせて法人の需要に応えている。WANサービスは多拠点を結ぶ閉域網で、長期にわたって安定した需要がある。</p>
<h3>2. システムインテグレーション</h3>
<p>SIでは、オフィスITやセキュリティ、クラウド、IoT関連のシステム構築と、構築したシステムの運用保守を手掛ける。同社は従来型の大規模な基幹システムには関わらず、インターネット技術を基盤とするオープンなシステムに注力している。構築案件を積み上げるほど運用保守のストック売上が増える仕組みであり、企業ネットワークの更改に伴う大型案件も増えている。</p>
"""


def p5():
    return f"""
{sec("事業概要")}
<h3>3. サービスインテグレーションによる大型案件</h3>
<p>同社が近年力を入れているのが、ネットワークサービスとSIを組み合わせて顧客のネットワークやシステムを丸ごと請け負う「サービスインテグレーション」である。地方銀行の共同プラットフォーム、自治体の教育情報ネットワーク、金融機関の大規模なネットワーク更改など、期間が数年に及ぶ案件が多い。構築段階では一時売上が立ち、その後は運用保守やネットワークサービスの月額売上として長く収益に貢献する。</p>
<p>2026年3月期第1四半期には、メガバンク向けのグローバルネットワーク構築案件（5年間）を獲得したほか、公共機関向けのネットワーク環境構築や教育サービス向けのインフラ構築などを受注した。10億円から100億円を超える規模の潜在案件も複数進行しているという。</p>
{fig("同社の競争優位性", [
    ("通信キャリアに対して", "優秀なIP技術者集団<br>需要を先取りしたサービス開発<br>ネットワークサービスとSIの複合提供"),
    ("SI事業者に対して", "大規模バックボーンを自社で構築・運用<br>ネットワークサービスの資産と開発力<br>インターネット関連のシステム構築が中心")],
    source="出所：会社資料よりフィスコ作成")}
<h3 style="margin-top:4mm">4. データセンターと設備投資</h3>
<p>同社は主に自社サービスの設備を収容するため、全国でデータセンターを運用している。このうち千葉県の白井と島根県の松江は自社保有であり、賃借しているスペースを自社保有の拠点に順次集約して効率を高める方針だ。白井では2025年6月に3期棟の建設に着工し、2027年3月期中の稼働を予定している。松江では同月に新しいシステムモジュール棟が稼働した。いずれも外気冷却などの省エネ技術を取り入れており、再生可能エネルギーの利用率向上も目標に掲げる。</p>
<h3>5. 顧客基盤</h3>
<p>同社は1990年代から国内の大企業と取引を続けており、安定したインフラ運用とクロスセルの積み重ねにより解約率は低い。顧客の業種は情報通信、金融・保険、公共・教育、サービス、製造などに分散しており、特定の業種に偏らない点も収益の安定につながっている。</p>
"""


def p6():
    head = """<thead>
<tr><th rowspan="2" style="width:27%"></th><th colspan="2">25/3期1Q</th><th colspan="2">26/3期1Q</th><th colspan="2">前年同期比</th></tr>
<tr><th>実績</th><th>売上高比</th><th>実績</th><th>売上高比</th><th>増減額</th><th>増減率</th></tr>
</thead>"""
    t = table("2026年3月期第1四半期連結業績", head, D.Q1_COLS, D.Q1_ROWS, "億円", cls="wrap")
    return f"""
<h2><span class="mk">█</span>業績動向</h2>
<div class="catch">26/3期1Qは運用保守の伸長で増収、利益は大きく回復</div>
<h3>1. 2026年3月期第1四半期の業績概要</h3>
<p>2026年3月期第1四半期の連結業績は、売上収益が{S("前年同期比6.7%増", "revenue", "yoy_pct", "Q1_26")}の{S("768.2億円", "revenue", "value", "Q1_26")}、営業利益が{S("同34.6%増", "operating_income", "yoy_pct", "Q1_26")}の{S("60.3億円", "operating_income", "value", "Q1_26")}と増収増益で着地した。売上面では、ストック型の運用保守が大きく伸びたことがけん引役となった。SIの構築売上は前期末の受注残の水準から想定どおりの推移であり、ネットワークサービスもIPサービスやアウトソーシングサービスを中心に堅調に伸びた。</p>
<p>売上総利益は{S("同18.1%増", "gross_profit", "yoy_pct", "Q1_26")}の{S("166.9億円", "gross_profit", "value", "Q1_26")}となり、売上高総利益率は{S("21.7%", "gross_profit", "ratio_to_revenue_pct", "Q1_26")}へ上昇した。前年同期はVMwareのライセンス価格の大幅な引き上げによって原価が膨らんでおり、その反動が表れた。販売管理費等は新卒社員の受け入れや報酬改定に伴う人件関連費の増加で{S("同10.5%増", "sga", "yoy_pct", "Q1_26")}の{S("106.6億円", "sga", "value", "Q1_26")}となったが、粗利の増加で吸収した。一方、税引前四半期利益は、金融損益が為替の影響で前年同期から悪化したことなどから、営業利益ほどには伸びなかった。</p>
{caption("2026年3月期第1四半期連結業績", "億円")}
{t}
<div class="src">注：販売管理費等は、販売費及び一般管理費（研究開発費を含む）、その他の収益、その他の費用の合計<br>出所：決算短信、決算説明資料よりフィスコ作成</div>
"""


def p7():
    head = """<thead>
<tr><th rowspan="2" style="width:31%"></th><th colspan="2">25/3期1Q</th><th colspan="2">26/3期1Q</th><th colspan="2">前年同期比</th></tr>
<tr><th>実績</th><th>構成比</th><th>実績</th><th>構成比</th><th>増減額</th><th>増減率</th></tr>
</thead>"""
    t = table("事業別売上高", head, D.SEG_COLS, D.SEG_ROWS, "百万円")
    o = NW + "/アウトソーシングサービス"
    h = NW + "/法人向けインターネット接続サービス"
    return f"""
{sec("業績動向")}
{caption("事業別売上高", "百万円", inline=False)}
{t}
<div class="src">注：構成比、増減額及び一部の増減率はフィスコ算出<br>出所：決算説明資料よりフィスコ作成</div>
<h3>2. 事業別の動向</h3>
<p>ネットワークサービスの売上高は{S("前年同期比8.8%増", "revenue", "yoy_pct", "Q1_26", seg=NW)}の{S("42,512百万円", "revenue", "value", "Q1_26", seg=NW)}となった。法人向けインターネット接続サービスは{S("同9.4%増", "revenue", "yoy_pct", "Q1_26", seg=h)}の{S("12,731百万円", "revenue", "value", "Q1_26", seg=h)}で、このうちIPサービスが{S("同9.5%増", "revenue", "yoy_pct", "Q1_26", seg=h + "/IP")}の{S("45.7億円", "revenue", "value", "Q1_26", seg=h + "/IP")}と帯域需要の拡大を映して伸びた。個人向けインターネット接続サービスは、価格競争力のある料金プランで回線の獲得が続き、{S("同5.4%増", "revenue", "yoy_pct", "Q1_26", seg=NW + "/個人向けインターネット接続サービス")}の{S("6,958百万円", "revenue", "value", "Q1_26", seg=NW + "/個人向けインターネット接続サービス")}となった。</p>
<p>アウトソーシングサービスは{S("同13.7%増", "revenue", "yoy_pct", "Q1_26", seg=o)}の{S("15,898百万円", "revenue", "value", "Q1_26", seg=o)}と高い伸びが続き、うちセキュリティ関連が{S("同11.2%増", "revenue", "yoy_pct", "Q1_26", seg=o + "/セキュリティ")}の{S("95.7億円", "revenue", "value", "Q1_26", seg=o + "/セキュリティ")}であった。WANサービスは{S("同1.3%増", "revenue", "yoy_pct", "Q1_26", seg=NW + "/WANサービス")}の{S("6,925百万円", "revenue", "value", "Q1_26", seg=NW + "/WANサービス")}と横ばい圏で推移した。法人・MVNE・個人を合わせたモバイルサービスの売上は{S("同8.3%増", "revenue", "yoy_pct", "Q1_26", seg="モバイルサービス")}の{S("130.1億円", "revenue", "value", "Q1_26", seg="モバイルサービス")}である。ネットワークサービスの売上総利益は、モバイル基盤の更改に伴う原価増を吸収して{S("同9.1%増", "gross_profit", "yoy_pct", "Q1_26", seg=NW)}の{S("116.0億円", "gross_profit", "value", "Q1_26", seg=NW)}となった。</p>
"""


def p8():
    b, m = SI + "/構築", SI + "/運用保守"
    return f"""
{sec("業績動向")}
<p>SIの売上高は{S("前年同期比4.1%増", "revenue", "yoy_pct", "Q1_26", seg=SI)}の{S("33,560百万円", "revenue", "value", "Q1_26", seg=SI)}であった。内訳を見ると、構築（一時売上）が{S("同7.3%減", "revenue", "yoy_pct", "Q1_26", seg=b)}の{S("11,689百万円", "revenue", "value", "Q1_26", seg=b)}と減収になった。前期末の構築の受注残が{S("158.1億円", "order_backlog", "value", "I2503", seg=b)}と、前々期末の{S("237.6億円", "order_backlog", "value", "I2403", seg=b)}を下回っていたことによるもので、会社側の想定どおりの推移である。一方、運用保守（ストック売上）は、運用案件の着実な積み上がりにより{S("同11.4%増", "revenue", "yoy_pct", "Q1_26", seg=m)}の{S("21,871百万円", "revenue", "value", "Q1_26", seg=m)}と2ケタの伸びを示した。SIの売上総利益は、運用案件の積み上がりと前年同期のVMware関連費用の反動により{S("同49.3%増", "gross_profit", "yoy_pct", "Q1_26", seg=SI)}の{S("47.4億円", "gross_profit", "value", "Q1_26", seg=SI)}へ大きく増え、粗利率も改善した。</p>
<p>受注は好調である。SIの受注高は{S("同12.9%増", "orders_received", "yoy_pct", "Q1_26", seg=SI)}の{S("453.2億円", "orders_received", "value", "Q1_26", seg=SI)}となり、構築が{S("同12.8%増", "orders_received", "yoy_pct", "Q1_26", seg=b)}の{S("170.7億円", "orders_received", "value", "Q1_26", seg=b)}、運用保守が{S("同12.9%増", "orders_received", "yoy_pct", "Q1_26", seg=m)}の{S("282.4億円", "orders_received", "value", "Q1_26", seg=m)}と、いずれも2ケタの伸びであった。需要は業種を問わず良好で、メガバンク向けのグローバルネットワーク構築のような大型案件も含まれる。構築の受注が積み上がってきたことで、第2四半期以降は構築売上の回復も期待できよう。</p>
<p>ATM運営事業は、商業施設などに設置したATMの運営から手数料を得る事業である。売上規模は小さいものの、安定した収益を生んでいる。</p>
<div class="catch" style="margin-top:4mm">人的資本への投資を継続しつつ、利益率は改善</div>
<p>同社は人材の拡充を重視しており、2025年4月には新卒社員{U("269名", "新卒入社数（25年4月）", "persons", None)}が入社したほか、単体の昇給率は賃金テーブルの改定を含めて{U("約6%", "昇給率（IIJ単体、25年4月、概数）", "%", None)}と、従来の水準を大きく上回った。人件関連費は増えるものの、運用保守などのストック売上の拡大とスケールメリットにより、営業利益率は前年同期の{S("6.2%", "operating_income", "ratio_to_revenue_pct", "Q1_25")}から{S("7.9%", "operating_income", "ratio_to_revenue_pct", "Q1_26")}へ改善した。</p>
"""


def p9():
    head = """<thead>
<tr><th style="width:40%"></th><th>25/3期末</th><th>26/3期1Q末</th><th>増減</th></tr>
</thead>"""
    t = table("要約連結財政状態計算書", head, D.BS_COLS, D.BS_ROWS, "百万円")
    return f"""
{sec("業績動向")}
<h3>3. 財務状況</h3>
<p>2026年3月期第1四半期末の資産合計は、前期末比{S("563百万円増", "total_assets", "yoy_amount", "I2506")}の{S("312,998百万円", "total_assets", "value", "I2506")}となった。営業債権が{U("9,602百万円減少", "資産/営業債権（yoy_amount）", "JPY", "I2506", scale="百万円")}した一方、顧客向け案件やライセンス・設備保守に関わる前払費用が{U("5,583百万円増加", "資産/前払費用（流動・非流動）（yoy_amount）", "JPY", "I2506", scale="百万円")}し、データセンター設備を中心に有形固定資産も増えた。負債合計は、営業債務や未払法人所得税の減少により{S("同2,388百万円減", "total_liabilities", "yoy_amount", "I2506")}の{S("167,961百万円", "total_liabilities", "value", "I2506")}となった。資本のうち親会社所有者帰属持分合計は{S("同2,982百万円増", "equity_attributable_to_owners", "yoy_amount", "I2506")}の{S("143,665百万円", "equity_attributable_to_owners", "value", "I2506")}で、親会社所有者帰属持分比率は{S("同0.9ポイント上昇", "equity_ratio", "yoy_amount", "I2506")}の{S("45.9%", "equity_ratio", "value", "I2506")}となった。</p>
{caption("要約連結財政状態計算書", "百万円")}
{t}
<div class="src">注：主要科目のみ抜粋。国際会計基準（IFRS）<br>出所：決算説明資料よりフィスコ作成</div>
"""


def p10():
    head = """<thead>
<tr><th rowspan="2" style="width:23%"></th><th colspan="2">25/3期</th><th colspan="3">26/3期 上期</th><th colspan="3">26/3期 通期</th></tr>
<tr><th>上期実績</th><th>通期実績</th><th>予想</th><th>売上高比</th><th>前年同期比</th><th>予想</th><th>売上高比</th><th>前期比</th></tr>
</thead>"""
    t = table("2026年3月期連結業績予想", head, D.FC_COLS, D.FC_ROWS, "億円", cls="wrap")
    return f"""
<h2><span class="mk">█</span>今後の見通し</h2>
<div class="catch">26/3期は中期計画2年目、増収増益の期初計画を維持</div>
<h3>1. 2026年3月期の業績見通し</h3>
<p>2026年3月期の連結業績について同社は、売上収益{S("3,400億円", "revenue", "value", "FY26", "forecast")}（{S("前期比7.3%増", "revenue", "yoy_pct", "FY26", "forecast")}）、営業利益{S("365億円", "operating_income", "value", "FY26", "forecast")}（{S("同21.2%増", "operating_income", "yoy_pct", "FY26", "forecast")}）という期初の計画を維持している。このうち上期は、売上収益が{S("前年同期比7.5%増", "revenue", "yoy_pct", "H1_26", "forecast")}の{S("1,580億円", "revenue", "value", "H1_26", "forecast")}、営業利益が{S("同31.6%増", "operating_income", "yoy_pct", "H1_26", "forecast")}の{S("155億円", "operating_income", "value", "H1_26", "forecast")}、親会社の所有者に帰属する当期利益が{S("同25.8%増", "net_income_attributable_to_owners", "yoy_pct", "H1_26", "forecast")}の{S("94億円", "net_income_attributable_to_owners", "value", "H1_26", "forecast")}の計画である。第1四半期の進捗は計画どおりであり、第2四半期には退職給付引当金の戻り（{U("10億円強", "退職給付引当金戻し（2Q予定、概数）", "JPY", "H1_26", scale="億円")}）が販管費の減少要因として加わる。</p>
<p>前提として、ネットワークサービスでは機能強化と販促の強化による増収に加え、前期に獲得した大型案件の月額売上への移行効果を見込む。前期にVMware関連で生じた利益の目減りの反動も増益要因となる。SIでは、前期に計上した大型の教育ネットワーク案件の構築売上がなくなることを織り込んだうえで、運用案件の積み上がりによる粗利率の改善を想定している。営業外では持分法による投資損益の赤字が続く見込みである。</p>
{caption("2026年3月期連結業績予想", "億円")}
{t}
<div class="src">注：25/3期の上期実績は一部項目のみ開示<br>出所：決算短信、決算説明資料よりフィスコ作成</div>
"""


def p11():
    head = """<thead>
<tr><th rowspan="2" style="width:36%"></th><th colspan="2">25/3期</th><th colspan="2">26/3期</th></tr>
<tr><th>実績</th><th>前期比</th><th>計画</th><th>前期比</th></tr>
</thead>"""
    t = table("事業別の売上収益と売上総利益", head, D.BIZ_COLS, D.BIZ_ROWS, "億円")
    return f"""
{sec("今後の見通し")}
<h3>2. 事業別の計画</h3>
<p>事業別の計画を見ると、売上収益はネットワークサービスが{S("前期比9.9%増", "revenue", "yoy_pct", "FY26", "forecast", seg=NW)}の{S("1,787億円", "revenue", "value", "FY26", "forecast", seg=NW)}、SIが{S("同4.7%増", "revenue", "yoy_pct", "FY26", "forecast", seg=SI)}の{S("1,584億円", "revenue", "value", "FY26", "forecast", seg=SI)}である。売上総利益は、ネットワークサービスが{S("同10.0%増", "gross_profit", "yoy_pct", "FY26", "forecast", seg=NW)}の{S("498億円", "gross_profit", "value", "FY26", "forecast", seg=NW)}、SIが{S("同19.1%増", "gross_profit", "yoy_pct", "FY26", "forecast", seg=SI)}の{S("259億円", "gross_profit", "value", "FY26", "forecast", seg=SI)}と、SIの利益率改善が全体の増益をけん引する計画となっている。</p>
{caption("事業別の売上収益と売上総利益", "億円", inline=False)}
{t}
<div class="src">出所：決算説明資料よりフィスコ作成</div>
<h3>3. 前期（25/3期）の振り返り</h3>
<p>前期にあたる2025年3月期の連結業績を振り返ると、売上収益は{S("316,831百万円", "revenue", "value", "FY25")}（{S("前期比14.8%増", "revenue", "yoy_pct", "FY25")}）と、事前の見通しを上回る高い伸びとなった。SIの構築売上が大型のネットワーク構築・運営案件の獲得により大きく伸び、ストック売上も着実に増えた。一方、営業利益は{S("同3.7%増", "operating_income", "yoy_pct", "FY25")}の{S("301億円", "operating_income", "value", "FY25")}、親会社の所有者に帰属する当期利益は{S("同0.5%増", "net_income_attributable_to_owners", "yoy_pct", "FY25")}の{S("199億円", "net_income_attributable_to_owners", "value", "FY25")}と小幅な増益にとどまった。VMwareのライセンス価格の大幅な引き上げが利益を押し下げたためで、クラウドでは上期に、ネットワークサービスでは下期初めに価格への転嫁を進め、影響はおおむね一巡している。</p>
<h3>4. 中期計画の進捗</h3>
<p>同社は2025年3月期から3年間の中期計画で、2027年3月期に売上収益{S("3,800億円", "revenue", "value", "FY27", "forecast")}、営業利益率{S("12%", "operating_income", "ratio_to_revenue_pct", "FY27", "forecast")}を目標に掲げる。大型案件の獲得と運用保守の積み上がりが続いていることから、売上面は順調に進んでいると弊社では見ている。利益面では、人件費の増加を価格転嫁とスケールメリットでどこまで吸収できるかが目標達成の鍵となろう。</p>
"""


def p12():
    head = """<thead>
<tr><th style="width:28%"></th><th>23/3期</th><th>24/3期</th><th>25/3期</th><th>26/3期（予想）</th></tr>
</thead>"""
    t = table("1株当たり配当金の推移", head, D.DIV_COLS, D.DIV_ROWS, "円")
    return f"""
<h2><span class="mk">█</span>株主還元</h2>
<div class="catch">安定配当を継続し、26/3期も増配を予定</div>
<p>同社は、財務体質の強化と中長期的な事業拡大のための内部留保に配慮しつつ、安定的な配当を継続することを基本方針としている。2025年3月期の1株当たり年間配当金は{S("前期比1.9%増", "dividend_per_share", "yoy_pct", "FY25")}の{S("35.00円", "dividend_per_share", "value", "FY25")}（中間{S("17.50円", "dividend_per_share", "value", "H1_25")}、期末{S("17.50円", "dividend_per_share", "value", "H2_25")}）で、連結配当性向は{S("31.1%", "payout_ratio", "value", "FY25")}であった。2026年3月期は{S("同11.4%増", "dividend_per_share", "yoy_pct", "FY26", "forecast")}の{S("39.00円", "dividend_per_share", "value", "FY26", "forecast")}と増配を予定しており、予想連結配当性向は{S("30.0%", "payout_ratio", "value", "FY26", "forecast")}となる。中期計画では、事業規模の拡大に沿って配当性向を引き上げていく考えを示している。</p>
{caption("1株当たり配当金の推移", "円", inline=False)}
{t}
<div class="src">注：2022年10月の株式分割を調整した数値<br>出所：決算説明資料よりフィスコ作成</div>
<div class="catch" style="margin-top:5mm">ストック売上の厚みと大型案件の収益化に注目</div>
<h3>アナリストの視点</h3>
<p>ネットワークの更改需要は金融、公共、一般事業法人と幅広い業種で続いており、ネットワークサービスとSIを組み合わせて提供できる同社の立ち位置は、通信キャリアやSI事業者に対する明確な差別化要因になっていると弊社では考える。構築段階の大型案件が運用保守や月額のネットワークサービスへと移るにつれ、ストック売上はさらに厚みを増していくだろう。第1四半期の営業利益は計画どおりに進んでおり、下期に偏りがちな利益構造を踏まえても、通期計画の達成は十分に視野に入る。人材投資と価格転嫁の両立が続くかどうかを引き続き注視したい。</p>
"""


def p13():
    return f"""
{sec("株主還元")}
<div class="disc">
<div class="ttl2">重要事項（ディスクレーマー）</div>
<p>本レポートに記載した株価及び指数の情報は、各情報提供元から許諾を得て使用しています。</p>
<p>本レポートは、作成時点でフィスコが信頼できると判断した情報をもとに作成していますが、その内容の正確性、完全性、適時性を保証するものではありません。また、対象企業が発行する有価証券の価値を保証するものでもありません。本レポートは情報提供のみを目的としたものであり、特定の有価証券の売買などの投資行動を勧誘するものではありません。投資に関する最終的な決定は、読者ご自身の判断と責任で行ってください。本レポートの利用によって生じたいかなる損害についても、フィスコは一切の責任を負いません。</p>
<p>本レポートは対象企業の依頼を受けて作成しており、取材などを通じて対象企業から情報の提供を受けていますが、本レポートに示した見解や予測はすべてフィスコの分析によるものです。記載内容は作成時点のものであり、予告なく変更されることがあります。</p>
<p>本レポートの著作権その他の知的財産権はフィスコに帰属します。フィスコの書面による事前の承諾なく、本レポートの全部または一部を複製、転載、改変、配布することを禁じます。</p>
<p style="text-indent:0">株式会社フィスコ</p>
</div>
"""


SECTIONS = ["要約", "要約", "会社概要", "事業概要", "事業概要", "業績動向", "業績動向", "業績動向", "業績動向",
            "今後の見通し", "今後の見通し", "株主還元", "株主還元"]
PAGES = [p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11, p12, p13]


def main():
    outdir = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "out")
    os.makedirs(outdir, exist_ok=True)
    html = ['<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8">',
            '<title>COMPANY RESEARCH AND ANALYSIS REPORT インターネットイニシアティブ 3774</title>',
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
        f = {k: v for k, v in f.items() if not k.startswith("_")}
        f["pages"] = sorted(f["pages"])
        f["where"] = "; ".join(f["where"])
        facts.append(f)
    unmapped = []
    for u in UNMAPPED:
        u = dict(u)
        u["pages"] = sorted(u["pages"])
        unmapped.append(u)
    golden = {
        "file": "fisco-iij-2025.pdf",
        "document": {"kind": "fisco_report",
                     "company": {"name": "インターネットイニシアティブ", "securitiesCode": "3774", "market": "東証プライム"},
                     "publishedOn": "2025-09-01", "accountingStandard": "IFRS", "fiscalYearEndMonth": 3},
        "facts": facts,
        "unmapped": unmapped,
        "expectedConflicts": [],
    }
    with open(GOLDEN, "w", encoding="utf-8") as f:
        f.write(json.dumps(golden, ensure_ascii=False, indent=1) + "\n")
    print("pages %d, facts %d, unmapped %d" % (len(PAGES), len(facts), len(unmapped)))


if __name__ == "__main__":
    main()
