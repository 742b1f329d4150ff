#!/usr/bin/python3
"""Generates the leakcheck workbooks (Drools decision tables and data workbooks).

Run:  /usr/bin/python3 tools/workbooks/generate.py [OUTPUT_DIR]   (from the repository root)

Default output: leakcheck-rules/src/main/resources/dev/leakcheck/rules/

Sources: shared/seed/leak-response-checklist.ja.md (texts, order),
shared/spec/action-catalogue.md (codes, phases, conditions), shared/spec/legal-notes.md,
shared/spec/incident-json.md (fields, enums), shared/data/jp-national-holidays.csv.
The output is deterministic (fixed document dates and zip timestamps).
"""

import csv
import datetime
import io
import os
import re
import sys
import zipfile

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SHARED = os.path.join(os.path.dirname(ROOT), "shared")
OUT = sys.argv[1] if len(sys.argv) > 1 else \
    os.path.join(ROOT, "leakcheck-rules/src/main/resources/dev/leakcheck/rules")

FIXED_TIME = datetime.datetime(2026, 1, 1, 0, 0, 0)

# ---------------------------------------------------------------------------------------------
# Styles
# ---------------------------------------------------------------------------------------------
BOLD = Font(bold=True)
CODE_FONT = Font(name="Consolas", size=9, color="444444")
KEYWORD_FONT = Font(name="Consolas", size=9, bold=True, color="444444")
CODE_FILL = PatternFill("solid", fgColor="EDEDED")      # rows 6-9: program code, do not edit
LABEL_FILL = PatternFill("solid", fgColor="DDEBF7")     # row 10 / header row
HEAD_FILL = PatternFill("solid", fgColor="FFF2CC")      # rows 1-4 keywords
WRAP_TOP = Alignment(wrap_text=True, vertical="top")
NOWRAP = Alignment(wrap_text=False, vertical="top")
THIN = Side(style="thin", color="BFBFBF")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
DO_NOT_EDIT = "変更しないでください / do not edit"

YES, NO = "はい", "いいえ"
REQ, AS_NEEDED = "必須", "必要に応じて"

# ---------------------------------------------------------------------------------------------
# The catalogue (action-catalogue.md), in its row order, with Japanese / English titles and
# recipients for catalogue.xlsx.
# ---------------------------------------------------------------------------------------------
CATALOGUE = [
    # code, phase, title ja, title en, recipient ja, recipient en
    ("REQUEST_RECIPIENT_DELETION", "FIRST",
     "受信者にお詫びし、メールの削除を依頼する",
     "Apologise to the recipient and ask them to delete the email",
     "受信者", "Recipient of the email"),
    ("DELETE_PUBLISHED_INFORMATION", "FIRST",
     "誤公開した情報をすぐに削除するか、アクセスを制限する",
     "Remove the mis-published information at once, or restrict access to it",
     "", ""),
    ("REQUEST_THIRD_PARTY_SITE_REMOVAL", "FIRST",
     "掲載先のサイトに、すぐに情報の削除を依頼する",
     "Ask the site where the information was published to remove it at once",
     "掲載先のサイト運営者", "Operator of the site where it was published"),
    ("SUSPEND_ACCOUNTS_AND_CHANGE_PASSWORDS", "FIRST",
     "対象物（PC、スマホ等）のアカウントを停止し、ログインパスワードを変更する",
     "Suspend the accounts of the device (PC, smartphone, etc.) and change the login passwords",
     "", ""),
    ("ISOLATE_COMPROMISED_SYSTEMS", "FIRST",
     "不正アクセスがあった機器・サイトを停止するか、隔離する（他のネットワークから切断する）",
     "Stop or isolate the devices and sites that were accessed without authorisation "
     "(cut them off from other networks)",
     "", ""),
    ("RESTRICT_ACCESS_TO_LEAK_SOURCE", "FIRST",
     "対象サイト（ファイルサーバーなど）を停止するか、アクセスを制限する",
     "Stop the source of the leak (file server, etc.) or restrict access to it",
     "", ""),
    ("SECURE_INSIDER_EQUIPMENT", "FIRST",
     "内部犯行者が使用した機器を確保する（証拠の保全）",
     "Secure the equipment the insider used (preserve the evidence)",
     "", ""),
    ("RECORD_REPORTER_CONTACT", "DISCOVERY",
     "連絡してきた方の連絡先を控える",
     "Note down the contact details of whoever reported the incident",
     "", ""),
    ("CONTACT_LOSS_LOCATION_MANAGER", "DISCOVERY",
     "紛失した場所の管理者（鉄道会社の窓口、店舗の担当者など）へ連絡する",
     "Contact the manager of the place where it was lost "
     "(the railway company's desk, the person in charge at the store, etc.)",
     "紛失場所の管理者（鉄道会社・店舗）", "Manager of the place of loss (railway company, store)"),
    ("NOTIFY_INFORMATION_OWNER", "INITIAL",
     "情報の所有者に連絡する",
     "Notify the owner of the information",
     "情報の所有者", "Owner of the information"),
    ("PPC_PRELIMINARY_REPORT", "INITIAL",
     "個人情報保護委員会へ速報する",
     "Send the preliminary report to the PPC",
     "個人情報保護委員会", "Personal Information Protection Commission"),
    ("PPC_FINAL_REPORT", "INITIAL",
     "個人情報保護委員会へ確報する",
     "Send the final report to the PPC",
     "個人情報保護委員会", "Personal Information Protection Commission"),
    ("NOTIFY_AFFECTED_INDIVIDUALS", "DISCLOSURE",
     "本人へ通知し、お詫びする",
     "Notify the individuals concerned and apologise to them",
     "本人", "Individuals concerned"),
    ("CONTACT_CARD_ISSUERS", "INITIAL",
     "カード会社など金融機関に連絡する",
     "Contact the card companies and other financial institutions",
     "カード会社など金融機関", "Card companies and other financial institutions"),
    ("URGE_CARD_SUSPENSION", "DISCLOSURE",
     "カードの停止を促すよう対応する",
     "Urge the cardholders to have their cards suspended",
     "本人（カード会員）", "Individuals concerned (cardholders)"),
    ("REPORT_TO_SUPERVISORY_AUTHORITY", "DISCLOSURE",
     "監督官庁に届け出る",
     "Report to the supervisory authority",
     "監督官庁（金融情報なら金融庁）", "Supervisory authority (the FSA for financial information)"),
    ("FOLLOW_SECTOR_REGULATIONS", "INITIAL",
     "特別法などの規制に則って対応する",
     "Respond as special laws and sector regulations require",
     "", ""),
    ("CONTACT_BUSINESS_PARTNER", "INITIAL",
     "取引先に連絡し、先方の意向に沿って対応する",
     "Contact the business partner and respond in line with their wishes",
     "取引先", "Business partner"),
    ("ESCALATE_TO_MANAGEMENT", "INITIAL",
     "機密性の重要度に応じて、経営判断をする",
     "Have management decide, according to how sensitive the confidential information is",
     "経営層", "Management"),
    ("REPORT_TO_POLICE", "INITIAL",
     "警察に届け出る",
     "Report the loss or theft to the police",
     "警察", "Police"),
    ("CHECK_RESALE_MARKETS", "INITIAL",
     "紛失・盗難にあった機器がオークションや中古市場に出回っていないか確認する",
     "Check whether the lost or stolen device is offered at auctions or on second-hand markets",
     "", ""),
    ("DISCONNECT_DEVICES_FROM_NETWORK", "INITIAL",
     "対象物（PC、スマホなど）をネットワークから切り離す",
     "Disconnect the attacked devices (PC, smartphone, etc.) from the network",
     "", ""),
    ("SHUT_DOWN_ATTACKED_NETWORK", "INITIAL",
     "攻撃を受けたネットワークのサービスを停止し、外部から隔離する",
     "Stop the services of the attacked network and isolate it from outside",
     "", ""),
    ("GUARD_AGAINST_EVIDENCE_DESTRUCTION", "INITIAL",
     "証拠隠滅されないよう注意する",
     "Take care that the evidence is not destroyed",
     "", ""),
    ("SECURE_PHYSICAL_DOCUMENTS", "INITIAL",
     "立ち入りを制限するか、残りの書類を施錠できる場所に退避する",
     "Restrict entry, or move the remaining documents to a place that can be locked",
     "", ""),
    ("ASSESS_SECONDARY_DAMAGE", "ASSESSMENT",
     "予想される2次被害を確認する",
     "Check the secondary damage that can be expected",
     "", ""),
    ("ASSESS_SEVERITY", "ASSESSMENT",
     "事態の重要度・深刻度を判断する",
     "Judge how important and how serious the incident is",
     "", ""),
    ("ENGAGE_INCIDENT_RESPONSE_EXPERTS", "ASSESSMENT",
     "専門業者に調査を依頼する",
     "Ask incident-response specialists to investigate",
     "専門業者（JPCERT/CC・JNSA）", "Specialists (JPCERT/CC, JNSA)"),
    ("CONSULT_POLICE", "ASSESSMENT",
     "警察（警察庁サイバー警察局）に相談する",
     "Consult the police (National Police Agency, Cyber Affairs Bureau)",
     "警察（警察庁サイバー警察局）", "Police (National Police Agency, Cyber Affairs Bureau)"),
    ("PRESERVE_EVIDENCE", "ASSESSMENT",
     "サーバーなどに残された情報のバックアップをとり、証拠を保全する",
     "Back up the information left on servers and elsewhere, and preserve the evidence",
     "", ""),
    ("HOLD_SYSTEM_RESTART", "ASSESSMENT",
     "実態が解明されるまで、システムの再稼働を控える",
     "Do not restart the systems until the facts have been established",
     "", ""),
    ("RESTORE_FROM_VERIFIED_BACKUP", "RECOVERY",
     "バックアップに不正プログラムがないことを確認し、再発防止措置を取った後にシステムを復旧する",
     "Check that the backups are free of malicious programs, and restore the systems "
     "after taking measures against recurrence",
     "", ""),
    ("REMEDIATE_VULNERABILITIES", "PREVENTION",
     "システムの脆弱性を修正し、パッチを適用する",
     "Fix the system's vulnerabilities and apply patches",
     "", ""),
    ("PUBLISH_ANNOUNCEMENT", "DISCLOSURE",
     "Webなどを通じて公表する",
     "Make a public announcement on the web or by other means",
     "", ""),
    ("FIX_SYSTEM_DEFECT", "RECOVERY",
     "プログラムを修正し、システムを復旧させる",
     "Fix the program and restore the system",
     "", ""),
    ("VERIFY_WEB_PAGE_DISPLAY", "RECOVERY",
     "Webページの設定を確認し、正しく表示されていることを確認する",
     "Check the web page settings and confirm that the page is displayed correctly",
     "", ""),
    ("PURGE_SEARCH_ENGINE_CACHE", "RECOVERY",
     "検索サイトに残ったキャッシュを削除する",
     "Have the copies left in search engines' caches removed",
     "検索サイトの運営者", "Search engine operators"),
    ("DISCIPLINE_VIOLATIONS", "PREVENTION",
     "違反や管理ミスに対して、適切な処分を行う",
     "Take appropriate disciplinary action for violations and management errors",
     "", ""),
    ("REVIEW_PROCEDURES_AND_CHECKS", "PREVENTION",
     "情報管理の作業手順やチェックの仕組みを見直す",
     "Review the information-handling procedures and the checking arrangements",
     "", ""),
    ("ENFORCE_INFORMATION_POLICY", "PREVENTION",
     "自社の情報管理ポリシーに則り再発防止策を講じ、周知徹底する",
     "Take measures against recurrence under the company's information-management policy, "
     "and make sure everyone knows them",
     "", ""),
    ("UPDATE_ANTIVIRUS", "PREVENTION",
     "ウイルス対策ソフトを導入・変更し、最新の状態にする",
     "Install or change the antivirus software and keep it up to date",
     "", ""),
    ("PHISHING_AWARENESS_TRAINING", "PREVENTION",
     "フィッシングサイト・標的型メールに対応した教育を定期的に行う",
     "Train staff regularly to deal with phishing sites and targeted emails",
     "", ""),
    ("REVIEW_ACCESS_RIGHTS", "PREVENTION",
     "情報へのアクセス権を見直す",
     "Review the access rights to the information",
     "", ""),
    ("ESTABLISH_MUTUAL_CHECKS", "PREVENTION",
     "重要情報を扱う業務で、相互牽制できる体制を構築する",
     "Set up mutual checks in work that handles important information",
     "", ""),
    ("RESTRICT_EXTERNAL_STORAGE", "PREVENTION",
     "外部記憶装置（外付けHDD、USBメモリ）を制限するツールを導入する",
     "Introduce a tool that restricts external storage devices (external HDDs, USB memory)",
     "", ""),
    ("RESTRICT_CLOUD_STORAGE", "PREVENTION",
     "クラウドストレージへのアクセスを制限する",
     "Restrict access to cloud storage",
     "", ""),
    ("ENFORCE_DOCUMENT_STORAGE_RULES", "PREVENTION",
     "書類等の保管ルール（施錠できる場所への保管、鍵の管理など）を定めて守る",
     "Set and follow rules for storing documents (lockable places, key management, etc.)",
     "", ""),
    ("COMPENSATE_VICTIMS", "PREVENTION",
     "情報漏洩の被害にあった方へ補償する",
     "Compensate those harmed by the leak",
     "被害にあった方", "Those harmed by the leak"),
]
CATALOGUE_CODES = [c[0] for c in CATALOGUE]
PHASE_OF = {c[0]: c[1] for c in CATALOGUE}
FIRST_CODES = [c[0] for c in CATALOGUE if c[1] == "FIRST"]


def check_catalogue_against_spec():
    """The embedded catalogue must list the spec's codes, phases and necessities in its order."""
    spec = open(os.path.join(SHARED, "spec/action-catalogue.md"), encoding="utf-8").read()
    rows = re.findall(r"^\| ([A-Z_0-9]+) \| ([A-Z]+) \| (.*?) \| ([RN]) \|", spec, re.M)
    assert [r[0] for r in rows] == CATALOGUE_CODES, "catalogue codes/order differ from the spec"
    for code, phase, _when, _nec in rows:
        assert PHASE_OF[code] == phase, (code, phase)
    return {r[0]: r[3] for r in rows}


# ---------------------------------------------------------------------------------------------
# Checklist decision tables
# ---------------------------------------------------------------------------------------------
CONDITION_TOPICS = [
    # topic, label
    ("type", "種別\nType"),
    ("route", "発覚した経緯\nDiscovery route"),
    ("channel", "経路\nChannel"),
    ("cause", "原因\nCause"),
    ("otherCompany", "他社の情報\nOther company's information"),
    ("personal", "個人情報\nPersonal information"),
    ("financial", "金融情報\nFinancial information"),
    ("publicInfrastructure", "公共性の高い情報\nInformation of high public importance"),
    ("businessPartner", "取引先の情報\nBusiness partners' information"),
    ("confidential", "機密情報\nConfidential information"),
    ("ppc.required", "個人情報保護委員会への報告義務\nPPC report required"),
    ("ppc.overThreshold", "本人の数が千人を超える（漏洩規模）\nMore than 1,000 persons (scale)"),
    ("socialImpactHigh", "社会的影響が大きい\nHigh social impact"),
    ("place", "失った場所\nPlace of loss"),
    ("perpetratorMayBeInside", "当事者が社内にいる可能性\nPerpetrator may be inside"),
    ("storage", "保管場所\nStorage"),
]
YES_NO_TOPICS = {"otherCompany", "personal", "financial", "publicInfrastructure",
                 "businessPartner", "confidential", "ppc.required", "socialImpactHigh",
                 "perpetratorMayBeInside", "stolen", "ppc.personal", "ppc.sensitive",
                 "ppc.financialDamageRisk", "ppc.financial", "ppc.maliciousIntent",
                 "ppc.overThreshold", "ppc.MALICIOUS_INTENT"}
WIDTH_OF_TOPIC = {"type": 27, "route": 30, "channel": 26, "cause": 20, "place": 14,
                  "storage": 16}

CONTACT_ROUTES = ["THIRD_PARTY", "POLICE", "FINDER", "EXTERNAL_REPORT", "CUSTOMER_REPORT",
                  "MEDIA_INQUIRY"]

SUBSECTIONS = {
    "first": ("真っ先にすべき対応", "First response"),
    "discovery": ("発覚", "Discovery"),
    "initial": ("初動と1次対応", "Initial response"),
    "summary": ("1次対応のまとめ", "Summary of the initial response"),
    "assess_disclose": ("検討と公表", "Assessment and disclosure"),
    "investigate": ("調査・検討", "Investigation and assessment"),
    "disclose": ("公表", "Disclosure"),
    "recovery": ("復旧", "Recovery"),
    "prevention": ("再発防止", "Prevention of recurrence"),
}
LAW_FINAL = ("個人情報保護法 第26条第1項・施行規則 第8条第2項（確報）",
             "APPI Art. 26(1), Enforcement Rules Art. 8(2) (final report)")
LAW_NOTIFY = ("個人情報保護法 第26条第2項", "APPI Art. 26(2)")


class Row:
    def __init__(self, code, sub, ja, en, nec=REQ, when=None, source=None, assume=""):
        self.code = code
        self.sub = sub          # key of SUBSECTIONS, or None when source is given
        self.ja = ja
        self.en = en
        self.nec = nec
        self.when = dict(when or {})
        self.source = source    # (ja, en) overriding the section source
        self.assume = assume


def R(code, sub, ja, en, nec=REQ, source=None, assume="", **when):
    return Row(code, sub, ja, en, nec, when, source, assume)


def W(code, sub, ja, en, when, nec=REQ, source=None, assume=""):
    """A row whose conditions include dotted topics (ppc.required)."""
    return Row(code, sub, ja, en, nec, when, source, assume)


GENERIC_CONTACT = ("連絡してきた方の連絡先を控えます",
                   "Note down the contact details of whoever reported the incident.")


def generic_contact(rowed):
    rest = [r for r in CONTACT_ROUTES if r not in rowed]
    return R("RECORD_REPORTER_CONTACT", "discovery", *GENERIC_CONTACT, route=", ".join(rest))


def owner_row(ja_tail="他社の情報が含まれる場合は、情報の所有者に連絡します"):
    return R("NOTIFY_INFORMATION_OWNER", "initial",
             "※ 業務委託先の情報なら、他社の情報になります。" + ja_tail,
             "Note: a contractor's information counts as another company's information. "
             "If other companies' information is included, contact the owner of the information.",
             otherCompany=YES)


def ppc_rows():
    return [
        W("PPC_PRELIMINARY_REPORT", "initial",
          "個人情報の漏えいは、個人情報保護法に準拠した対応が必要です。"
          "※ 上記（1000人を超える・要配慮個人情報・財産的被害の恐れ・不正目的）に該当する場合、"
          "個人情報保護委員会への報告義務が発生します。"
          "速報として、概ね3～5日以内に報告が必要となります",
          "A leak of personal information must be handled in accordance with the Act on the "
          "Protection of Personal Information. If any of the checklist's cases applies (more than "
          "1,000 persons, sensitive personal information, risk of financial damage, improper "
          "purpose), "
          "a report to the Personal Information Protection Commission is required. "
          "The preliminary report is due within about 3 to 5 days.",
          {"ppc.required": YES}),
        W("PPC_FINAL_REPORT", None,
          "確報は、事態を知った日から30日以内（不正目的の事態は60日以内）に報告が必要となります"
          "（チェックリストにはない、法律上の義務です）",
          "The final report is due within 30 days of becoming aware of the incident "
          "(60 days when it involves an improper purpose). This is a legal duty beyond "
          "the checklist.",
          {"ppc.required": YES}, source=LAW_FINAL),
    ]


def content_rows(card_ja="クレジットカードなどの金融情報が含まれる場合は、カード会社など金融機関に連絡します",
                 confidential_example="図面データなど"):
    return [
        R("CONTACT_CARD_ISSUERS", "initial", card_ja,
          "If financial information such as credit card data is included, contact the card "
          "companies and other financial institutions.",
          financial=YES),
        R("FOLLOW_SECTOR_REGULATIONS", "initial",
          "・公共性の高い情報とは発電所、通信設備のように社会インフラに影響する情報です。"
          "特別法などの規制がある場合、法令に則った対応になります",
          "Information of high public importance is information that affects social "
          "infrastructure, such as power plants and telecommunications facilities. Where special "
          "laws or other regulations apply, respond as those laws require.",
          publicInfrastructure=YES),
        R("CONTACT_BUSINESS_PARTNER", "initial",
          "取引先に連絡し、先方の意向に沿った対応をします",
          "Contact the business partner and respond in line with their wishes.",
          businessPartner=YES),
        R("ESCALATE_TO_MANAGEMENT", "initial",
          "・機密情報とは" + confidential_example + "、外部に出せない情報です。"
          "機密性の重要度に応じて、経営判断をします",
          "Confidential information is information that must not leave the company, such as "
          "drawing data. Management decides according to how sensitive it is.",
          confidential=YES),
    ]


def disclosure_rows(sub, publish=True):
    rows = [
        R("NOTIFY_AFFECTED_INDIVIDUALS", sub,
          "個人情報が含まれる場合には、本人への通知とお詫びをします",
          "If personal information is included, notify the individuals concerned and apologise "
          "to them.",
          personal=YES),
        W("NOTIFY_AFFECTED_INDIVIDUALS", None,
          "報告対象の事態では、本人への通知は法律上の義務です（個人情報保護法 第26条第2項）。"
          "通知が困難な場合は、事案の公表や問合せ窓口の設置などの代替措置が認められます（同項ただし書）",
          "Where the incident must be reported to the PPC, notifying the individuals is a legal "
          "duty (APPI Art. 26(2)). Where notification is difficult, a substitute measure such as "
          "a public announcement or an enquiry desk is allowed (proviso to the same paragraph).",
          {"ppc.required": YES}, source=LAW_NOTIFY),
        R("URGE_CARD_SUSPENSION", sub,
          "クレジットカード情報など、金融情報が含まれる場合は、カード停止を促すよう対応します",
          "If financial information such as credit card data is included, urge the cardholders "
          "to have their cards suspended.",
          financial=YES),
        R("REPORT_TO_SUPERVISORY_AUTHORITY", sub,
          "クレジットカード情報など、金融情報が含まれる場合は、監督官庁(金融庁)に届け出ます",
          "If financial information such as credit card data is included, report to the "
          "supervisory authority (the Financial Services Agency).",
          nec=AS_NEEDED, financial=YES),
        R("REPORT_TO_SUPERVISORY_AUTHORITY", sub,
          "漏洩規模や社会的影響など必要に応じて、監督官庁(例:クレジットカード情報など、"
          "金融情報が含まれる場合は金融庁) および 個人情報保護委員会 に届け出ます",
          "Depending on the scale of the leak, its social impact and so on, report to the "
          "supervisory authority (e.g. the Financial Services Agency when financial information "
          "such as credit card data is included) and to the Personal Information Protection "
          "Commission.",
          nec=AS_NEEDED, socialImpactHigh=YES),
        W("REPORT_TO_SUPERVISORY_AUTHORITY", sub,
          "漏洩規模が大きい場合（本人の数が千人を超える場合）は、必要に応じて監督官庁に届け出ます。"
          "leakcheck の解釈: チェックリストの「漏洩規模」を、個人情報保護委員会への報告基準と同じ"
          "「千人を超える」で判断します",
          "When the leak is large (more than 1,000 persons), report to the supervisory authority "
          "as needed. leakcheck's interpretation: the checklist's 'scale of the leak' is judged by "
          "the same threshold as the report to the PPC, more than 1,000 persons.",
          {"ppc.overThreshold": YES}, nec=AS_NEEDED),
    ]
    if publish:
        rows.append(R("PUBLISH_ANNOUNCEMENT", sub,
                      "社会的な影響が大きいと判断した場合は、Webなどを通じて公表します",
                      "If you judge the social impact to be large, make a public announcement "
                      "on the web or by other means.",
                      nec=AS_NEEDED, socialImpactHigh=YES))
    return rows


def investigation_rows(experts_ja, experts_en, police_ja, police_en, restore_ja, restore_en):
    return [
        R("ASSESS_SEVERITY", "investigate",
          "漏洩情報の内容から事態の深刻度を判断します",
          "Judge how serious the incident is from the content of the leaked information."),
        R("ENGAGE_INCIDENT_RESPONSE_EXPERTS", "investigate", experts_ja, experts_en,
          nec=AS_NEEDED),
        R("CONSULT_POLICE", "investigate", police_ja, police_en, nec=AS_NEEDED),
        R("PRESERVE_EVIDENCE", "investigate",
          "サーバーなどに残された情報はバックアップをとり、証拠を保全します",
          "Back up the information left on servers and elsewhere, and preserve the evidence."),
        R("HOLD_SYSTEM_RESTART", "investigate",
          "実態が解明されるまでは、システムの再稼働は控えます",
          "Do not restart the systems until the facts have been established."),
        R("RESTORE_FROM_VERIFIED_BACKUP", "investigate", restore_ja, restore_en),
    ]


ENFORCE_POLICY = R("ENFORCE_INFORMATION_POLICY", "prevention",
                   "自社の情報管理ポリシーに則り、再発防止策を講じ、周知徹底します",
                   "Take measures against recurrence under the company's information-management "
                   "policy, and make sure everyone knows them.")
COMPENSATE = R("COMPENSATE_VICTIMS", "prevention",
               "必要に応じて、情報漏洩の被害にあった方へ補償をします",
               "Where needed, compensate those harmed by the leak.",
               nec=AS_NEEDED, personal=YES)

M_ROWS = [
    R("REQUEST_RECIPIENT_DELETION", "first",
      "メール誤送信の場合、受信者にお詫びし、メールの削除を依頼します",
      "If an email was sent to the wrong address, apologise to the recipient and ask them to "
      "delete the email.",
      channel="EMAIL"),
    R("DELETE_PUBLISHED_INFORMATION", "first",
      "誤公開(自社サイト)の場合、すぐに情報を削除するか、アクセスを制限します",
      "If the information was mis-published on your own website, remove it at once or restrict "
      "access to it.",
      channel="OWN_WEBSITE"),
    R("REQUEST_THIRD_PARTY_SITE_REMOVAL", "first",
      "誤公開(他社サイト)の場合、すぐに情報の削除を依頼します",
      "If the information was mis-published on another company's website, ask at once for it to "
      "be removed.",
      channel="THIRD_PARTY_WEBSITE"),
    R("RECORD_REPORTER_CONTACT", "discovery",
      "ミスを発見した第三者からの連絡: 連絡先を控える",
      "Reported by a third party who found the mistake: note down their contact details.",
      route="THIRD_PARTY"),
    generic_contact(["THIRD_PARTY"]),
    owner_row(),
    *ppc_rows(),
    *content_rows(),
    R("ASSESS_SECONDARY_DAMAGE", "assess_disclose",
      "予想される2次被害を確認します", "Check the secondary damage that can be expected."),
    R("ASSESS_SEVERITY", "assess_disclose",
      "事態の重要度を判断します", "Judge how serious the incident is."),
    *disclosure_rows("assess_disclose"),
    R("FIX_SYSTEM_DEFECT", "recovery",
      "システムの不具合が原因の場合、プログラムを修正し、システムを復旧させます",
      "If a system defect was the cause, fix the program and restore the system.",
      cause="SYSTEM_DEFECT"),
    R("VERIFY_WEB_PAGE_DISPLAY", "recovery",
      "Webページの設定を確認し、正しく表示されていることを確認します",
      "Check the web page settings and confirm that the page is displayed correctly.",
      channel="OWN_WEBSITE, THIRD_PARTY_WEBSITE"),
    R("PURGE_SEARCH_ENGINE_CACHE", "recovery",
      "検索サイトに残ったキャッシュを削除します",
      "Have the copies left in search engines' caches removed.",
      channel="OWN_WEBSITE, THIRD_PARTY_WEBSITE"),
    R("DISCIPLINE_VIOLATIONS", "prevention",
      "違反や管理ミスがあった場合は、適切な処分を行います",
      "Where there were violations or management errors, take appropriate disciplinary action.",
      cause="RULE_VIOLATION"),
    R("REVIEW_PROCEDURES_AND_CHECKS", "prevention",
      "情報管理の作業手順やチェックの仕組みを見直します",
      "Review the information-handling procedures and the checking arrangements."),
]

L_ROWS = [
    R("SUSPEND_ACCOUNTS_AND_CHANGE_PASSWORDS", "first",
      "対象物(PC、スマホ等)のアカウント停止、ログインパスワードの変更",
      "Suspend the accounts of the lost item (PC, smartphone, etc.) and change the login "
      "passwords."),
    R("CONTACT_LOSS_LOCATION_MANAGER", "discovery",
      "紛失者の自己申告: 紛失した場所の管理者(鉄道会社の窓口、店舗の担当者など)へ連絡",
      "Reported by the person who lost it: contact the manager of the place where it was lost "
      "(the railway company's desk, the person in charge at the store, etc.).",
      route="SELF_REPORT"),
    R("RECORD_REPORTER_CONTACT", "discovery",
      "警察からの連絡: 警察の連絡先を書き留める",
      "Call from the police: write down the police contact details.",
      route="POLICE"),
    R("RECORD_REPORTER_CONTACT", "discovery",
      "取得者からの連絡: 取得者の連絡先を書き留める",
      "Call from the finder: write down the finder's contact details.",
      route="FINDER"),
    generic_contact(["POLICE", "FINDER"]),
    owner_row(),
    *ppc_rows(),
    *content_rows(confidential_example="図面データ等"),
    R("CONTACT_LOSS_LOCATION_MANAGER", "initial",
      "失った場所が鉄道・店舗の場合: 鉄道、店舗に連絡します",
      "Lost on a train or in a store: contact the railway or the store.",
      place="TRAIN, STORE"),
    R("REPORT_TO_POLICE", "summary", "警察に届け出ます", "Report it to the police."),
    R("CHECK_RESALE_MARKETS", "summary",
      "紛失盗難にあった機器が、オークションや中古市場に出回っていないか確認します",
      "Check whether the lost or stolen device is being offered at auctions or on second-hand "
      "markets."),
    R("ASSESS_SECONDARY_DAMAGE", "assess_disclose",
      "予想される2次被害を確認します", "Check the secondary damage that can be expected."),
    R("ASSESS_SEVERITY", "assess_disclose",
      "事態の重要度を判断します", "Judge how serious the incident is."),
    *disclosure_rows("assess_disclose"),
    ENFORCE_POLICY,
]

A_ROWS = [
    R("ISOLATE_COMPROMISED_SYSTEMS", "first",
      "不正アクセスがあった機器・サイトの停止、ないしは隔離(他のネットワークから切断)",
      "Stop or isolate the devices and sites that were accessed without authorisation (cut them "
      "off from other networks)."),
    R("SUSPEND_ACCOUNTS_AND_CHANGE_PASSWORDS", "initial",
      "対象物(PC、スマホなど)のアカウント停止、ログインパスワードの変更",
      "Suspend the accounts of the attacked devices (PC, smartphone, etc.) and change the login "
      "passwords."),
    R("RECORD_REPORTER_CONTACT", "discovery",
      "風評を含む外部からの指摘: 指摘してくれた方の連絡先を書き留める",
      "Pointed out from outside (including rumours): write down the contact details of the "
      "person who pointed it out.",
      route="EXTERNAL_REPORT"),
    generic_contact(["EXTERNAL_REPORT"]),
    owner_row("他社の情報が含まれる場合は、情報の所有者に連絡します"),
    R("DISCONNECT_DEVICES_FROM_NETWORK", "initial",
      "対象物(PC、スマホなど)のネットワークからの切り離し",
      "Disconnect the attacked devices (PC, smartphone, etc.) from the network."),
    R("SHUT_DOWN_ATTACKED_NETWORK", "initial",
      "攻撃を受けたネットワークのサービス停止、外部からの隔離",
      "Stop the services of the attacked network and isolate it from outside."),
    *ppc_rows(),
    *content_rows(card_ja="クレジットカードなどの金融情報が含まれる場合はカード会社など、金融機関に連絡します"),
    *investigation_rows(
        "必要に応じて専門業者に調査を依頼します。"
        "・JPCERT/CC ※主に不正アクセス、マルウェア感染、DoS/DDoS攻撃などに対応 https://www.jpcert.or.jp/ "
        "・JNSA: サイバーインシデント緊急対応企業一覧 https://www.jnsa.org/emergency_response/",
        "Where needed, ask specialists to investigate. "
        "JPCERT/CC (mainly unauthorised access, malware infection, DoS/DDoS attacks): "
        "https://www.jpcert.or.jp/ . JNSA, list of cyber-incident emergency response companies: "
        "https://www.jnsa.org/emergency_response/",
        "必要に応じて警察(警察庁サイバー警察局)に相談します。"
        "・警察庁: サイバー警察局 相談窓口 https://www.npa.go.jp/bureau/cyber/soudan.html",
        "Where needed, consult the police (National Police Agency, Cyber Affairs Bureau). "
        "NPA Cyber Affairs Bureau, consultation desks: "
        "https://www.npa.go.jp/bureau/cyber/soudan.html",
        "バックアップに不正プログラムがないことを確認し、再発防止措置を取った後、システムを復旧します",
        "Check that the backups are free of malicious programs, and restore the systems after "
        "taking measures against recurrence."),
    *disclosure_rows("disclose"),
    ENFORCE_POLICY,
    R("REMEDIATE_VULNERABILITIES", "prevention",
      "・システムの脆弱性修正、パッチ適用など",
      "Fix the system's vulnerabilities, apply patches, etc."),
    R("UPDATE_ANTIVIRUS", "prevention",
      "・ウィルス対策ソフトの導入、変更、最新化の徹底など",
      "Install or change the antivirus software and make sure it is kept up to date."),
    R("PHISHING_AWARENESS_TRAINING", "prevention",
      "・フィッシングサイト、標的型メールに対応した定期的な教育など",
      "Regular training on phishing sites and targeted emails."),
    COMPENSATE,
]

I_ROWS = [
    R("RESTRICT_ACCESS_TO_LEAK_SOURCE", "first",
      "対象サイト(ファイルサーバーなど)の停止、アクセス制限",
      "Stop the source of the leak (file server, etc.) or restrict access to it."),
    R("SECURE_INSIDER_EQUIPMENT", "first",
      "内部犯行者が使用した機器の確保(証拠の保全)",
      "Secure the equipment the insider used (preserve the evidence)."),
    R("RECORD_REPORTER_CONTACT", "discovery",
      "顧客からの連絡(架空請求を受けた、個人情報不正に利用されているなど): 連絡先を控える",
      "Report from a customer (received a fictitious bill, personal information being misused, "
      "etc.): note down their contact details.",
      route="CUSTOMER_REPORT"),
    R("RECORD_REPORTER_CONTACT", "discovery",
      "マスコミからの連絡: 連絡先を控える",
      "Inquiry from the media: note down their contact details.",
      route="MEDIA_INQUIRY"),
    generic_contact(["CUSTOMER_REPORT", "MEDIA_INQUIRY"]),
    R("GUARD_AGAINST_EVIDENCE_DESTRUCTION", "initial",
      "まだ社内にいる可能性あり(特定できない場合は、いることを想定する): 証拠隠滅されないよう注意する",
      "The insider may still be inside the company (if they cannot be identified, assume they "
      "are): take care that the evidence is not destroyed.",
      perpetratorMayBeInside=YES, assume=YES),
    owner_row(),
    R("RESTRICT_ACCESS_TO_LEAK_SOURCE", "initial",
      "保管場所が対象サイト(ファイルサーバーなど)の場合: 該当サイト(サーバー)の停止、アクセス制限",
      "Kept on a server (file server, etc.): stop that site (server) or restrict access to it.",
      storage="FILE_SERVER"),
    R("SECURE_PHYSICAL_DOCUMENTS", "initial",
      "保管場所が執務室、倉庫、書類保管場所(※物理的な書類など)の場合: "
      "立ち入り制限もしくは残りの書類を施錠できる場所に退避",
      "Kept in an office, warehouse or document store (physical documents, etc.): restrict "
      "entry, or move the remaining documents to a place that can be locked.",
      storage="PHYSICAL"),
    *ppc_rows(),
    *content_rows(confidential_example="図面データなど"),
    *investigation_rows(
        "必要に応じて専門業者に調査を依頼します。"
        "・JPCERT/CC: 情報セキュリティに関する技術的なご相談 https://www.jpcert.or.jp/ "
        "・JNSA: サイバーインシデント緊急対応企業一覧 https://www.jnsa.org/emergency_response/",
        "Where needed, ask specialists to investigate. "
        "JPCERT/CC, technical consultation on information security: https://www.jpcert.or.jp/ . "
        "JNSA, list of cyber-incident emergency response companies: "
        "https://www.jnsa.org/emergency_response/",
        "必要に応じて警察(警察庁サイバー警察局、不正アクセス対策)に相談します。"
        "・警察庁: サイバー警察局 不正アクセス対策 "
        "https://www.npa.go.jp/bureau/cyber/countermeasures/unauthorized-access.html",
        "Where needed, consult the police (National Police Agency, Cyber Affairs Bureau, "
        "unauthorised access). NPA Cyber Affairs Bureau, countermeasures against unauthorised "
        "access: https://www.npa.go.jp/bureau/cyber/countermeasures/unauthorized-access.html",
        "バックアップに不正プログラムがないことを確認し、再発防止措置を取った後、システムを復旧します。"
        "また、脆弱性等の解消(改修、パッチ適用)を行います",
        "Check that the backups are free of malicious programs, and restore the systems after "
        "taking measures against recurrence. Also remove the vulnerabilities (fixes, patches)."),
    *disclosure_rows("disclose"),
    ENFORCE_POLICY,
    R("REVIEW_ACCESS_RIGHTS", "prevention",
      "・情報へのアクセス権の見直し", "Review the access rights to the information."),
    R("REMEDIATE_VULNERABILITIES", "prevention",
      "・システムの脆弱性が原因の場合は、改修やパッチ適用",
      "If a system vulnerability was the cause, fix it and apply patches."),
    R("ESTABLISH_MUTUAL_CHECKS", "prevention",
      "・重要情報を扱う業務での相互牽制できる体制の構築",
      "Set up mutual checks in work that handles important information."),
    R("RESTRICT_EXTERNAL_STORAGE", "prevention",
      "・外部記憶装置(外付けHDD、USBメモリ)を制限するツールの導入",
      "Introduce a tool that restricts external storage devices (external HDDs, USB memory)."),
    R("RESTRICT_CLOUD_STORAGE", "prevention",
      "・クラウドストレージへのアクセスを制限する", "Restrict access to cloud storage."),
    R("ENFORCE_DOCUMENT_STORAGE_RULES", "prevention",
      "・書類等の保管ルール(施錠できる場所への保管、鍵の管理など)",
      "Rules for storing documents (storage in lockable places, key management, etc.)."),
    COMPENSATE,
]

SECTIONS = [
    dict(key="M", file="checklist-missent.drl.xlsx", name="メール誤送信・web誤公開",
         en="Misdelivery and mis-publication", type="MISSENT_OR_MISPUBLISHED", rows=M_ROWS),
    dict(key="L", file="checklist-lost.drl.xlsx", name="紛失・盗難",
         en="Loss and theft", type="LOST_OR_STOLEN", rows=L_ROWS),
    dict(key="A", file="checklist-attack.drl.xlsx", name="外部攻撃",
         en="External attack", type="EXTERNAL_ATTACK", rows=A_ROWS),
    dict(key="I", file="checklist-insider.drl.xlsx", name="内部犯行",
         en="Insider leak", type="INSIDER_LEAK", rows=I_ROWS),
]


def condition_snippet(topic):
    return 'Fact(topic == "%s", admits("$param"))' % topic


def check_text(text, where):
    """Texts end up inside DRL string literals: no double quotes, backslashes or line breaks."""
    for bad in ('"', "\\", "\n", "\r", "$"):
        assert bad not in text, "%s: %r contains %r" % (where, text, bad)


def yes_no_validation(ws, col_letter, first_row, last_row, values=(YES, NO)):
    dv = DataValidation(type="list", formula1='"%s"' % ",".join(values), allow_blank=True,
                        showErrorMessage=True, errorTitle="入力できる値 / allowed values",
                        error="「%s」のどれかを選ぶか、空欄にしてください。" % "」「".join(values))
    dv.add("%s%d:%s%d" % (col_letter, first_row, col_letter, last_row))
    ws.add_data_validation(dv)


def write_rule_sheet(wb, *, title, package, imports, notes, columns, rows, usage_lines):
    """Writes a decision-table sheet in the common layout.

    columns: list of dicts {kind: CONDITION|ACTION, code, label, width, yesno(optional)}
    rows: list of lists of cell values (None/"" = empty), aligned with columns.
    """
    ws = wb.active
    ws.title = title
    ws.sheet_properties.tabColor = "4472C4"
    ws.column_dimensions["A"].width = 2.5
    first = 2  # column B
    header = [("RuleSet", package), ("Import", imports),
              ("Variables", "dev.leakcheck.rules.Findings out"), ("Notes", notes)]
    for r, (key, value) in enumerate(header, start=1):
        k = ws.cell(row=r, column=first, value=key)
        k.font = KEYWORD_FONT
        k.fill = HEAD_FILL
        v = ws.cell(row=r, column=first + 1, value=value)
        v.alignment = NOWRAP
        if key == "Notes":
            v.font = Font(bold=True, color="C00000")
        else:
            v.font = CODE_FONT
    # row 6: RuleTable
    c = ws.cell(row=6, column=first, value="RuleTable " + title)
    c.font = KEYWORD_FONT
    for i, col in enumerate(columns):
        colno = first + i
        letter = ws.cell(row=1, column=colno).column_letter
        ws.column_dimensions[letter].width = col["width"]
        k = ws.cell(row=7, column=colno, value=col["kind"])
        k.font = KEYWORD_FONT
        code = ws.cell(row=9, column=colno, value=col["code"])
        code.font = CODE_FONT
        for r in (6, 7, 8, 9):
            cell = ws.cell(row=r, column=colno)
            cell.fill = CODE_FILL
            cell.alignment = WRAP_TOP
            cell.border = BOX
        lab = ws.cell(row=10, column=colno, value=col["label"])
        lab.font = BOLD
        lab.fill = LABEL_FILL
        lab.alignment = Alignment(wrap_text=True, vertical="center")
        lab.border = BOX
    for r in (6, 7, 8, 9):
        ws.cell(row=r, column=first).comment = Comment(
            "%d行目はプログラムのコードです。%s\nRow %d is program code: do not edit." % (r, DO_NOT_EDIT, r),
            "leakcheck")
    # data rows
    for ri, values in enumerate(rows, start=11):
        assert any(v not in (None, "") for v in values), "empty row inside the table"
        for i, value in enumerate(values):
            cell = ws.cell(row=ri, column=first + i)
            if value not in (None, ""):
                cell.value = value
            cell.alignment = WRAP_TOP
            cell.border = BOX
    last = 10 + len(rows)
    for i, col in enumerate(columns):
        if col.get("choices"):
            letter = ws.cell(row=1, column=first + i).column_letter
            yes_no_validation(ws, letter, 11, max(last + 50, 200), col["choices"])
    fit_rows(ws, 9, last)
    ws.freeze_panes = "A11"
    ws.sheet_view.zoomScale = 90
    print_setup(ws, "10:10")
    # usage sheet
    us = wb.create_sheet("使い方")
    write_usage(us, usage_lines)
    return ws


def text_units(text):
    """Approximate display width in Excel column units (a CJK character is about two)."""
    import unicodedata
    return sum(2.0 if unicodedata.east_asian_width(ch) in ("W", "F") else 0.95 for ch in text)


def fit_rows(ws, first_row, last_row=None):
    """Sets row heights so that wrapped text shows in full (openpyxl cannot autofit, and
    LibreOffice does not autofit rows of generated files)."""
    last_row = last_row or ws.max_row
    for r in range(first_row, last_row + 1):
        lines_needed, line_height = 1, 15.0
        for cell in ws[r]:
            if cell.value is None or not isinstance(cell.value, str):
                continue
            width = ws.column_dimensions[cell.column_letter].width or 8.43
            size = (cell.font.sz or 11) if cell.font else 11
            scale = size / 11.0
            usable = max(width - 1.5, 1.0)
            wrap = cell.alignment is not None and cell.alignment.wrap_text
            lines = 0
            for para in cell.value.split("\n"):
                units = text_units(para) * scale
                lines += max(1, -(-int(units * 1.0) // int(usable))) if wrap else 1
            lines_needed = max(lines_needed, lines)
            line_height = max(line_height, 15.0 * scale if size >= 10 else 12.5)
        if lines_needed > 1:
            ws.row_dimensions[r].height = round(lines_needed * line_height + 3, 1)


def print_setup(ws, title_rows):
    """Landscape A4, one page wide, the label row repeated on every printed page."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = title_rows


def write_usage(ws, lines):
    ws.column_dimensions["A"].width = 110
    for i, line in enumerate(lines, start=1):
        cell = ws.cell(row=i, column=1, value=line)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        if line and (line.startswith("■") or i == 1):
            cell.font = Font(bold=True, size=12 if i == 1 else 11)
    fit_rows(ws, 1, len(lines))


def common_usage(table_title, what_ja, what_en, extra=()):
    return [
        "「%s」シートの使い方 / How to use the sheet 「%s」" % (table_title, table_title),
        "",
        "■ このシートについて / About this workbook",
        what_ja,
        what_en,
        "プログラム（Drools）が読み込むのは最初のシートだけです。このシート（使い方）は説明のためのもので、読み込まれません。",
        "Only the first sheet is read by the program (Drools). This sheet is explanation only.",
        "",
        "■ 変更してよい所 / What you may edit",
        "・11行目から下の行（1行が1つの規則）だけを編集してください。6～10行目（灰色の行と見出し）と1～4行目はプログラムのコードです。変更しないでください。",
        "・Edit only the rows from row 11 down (one rule per row). Rows 1-4 and 6-10 (grey rows and the label row) are program code: do not edit them.",
        "・表は最初の空の行で終わります。表の途中に空の行を入れないでください（それより下の行は読み込まれません）。",
        "・The table ends at the first completely empty row: never leave an empty row inside the table (rows below it would be ignored).",
        "・列の追加・削除・並べ替え、シート名の変更、セルの結合はしないでください。",
        "・Do not insert, delete or reorder columns, rename the sheet, or merge cells.",
        "",
        "■ セルの書き方 / How to fill in the cells",
        "・はい / いいえ の列は「はい」か「いいえ」を書きます。",
        "・Yes/no columns take はい (yes) or いいえ (no).",
        "・コードの列は、値を「,」（カンマ）で区切って複数書けます（例: EMAIL, OWN_WEBSITE）。どれか1つに当たれば条件を満たします。",
        "・Code columns take one code or several separated by commas (e.g. EMAIL, OWN_WEBSITE): the row applies when any of them matches.",
        "・条件の列が空欄なら、その条件は問いません（どの値でもよい）。",
        "・An empty condition cell means the condition does not apply to that row (any value).",
        "・答えがまだ分からない（不明な）事実は、どの値にも当たるものとして扱われ、その対応は「暫定」として計画に載ります。「不明」を拾う行は書かないでください。",
        "・A fact that is still unknown matches every value; the action is then listed as provisional. Never write a row to catch \"unknown\".",
        "・文章のセルには、半角のダブルクォート（\"）、円記号・バックスラッシュ（\\）、$ 記号、セル内の改行を使わないでください。かぎかっこ「」を使ってください。",
        "・Text cells must not contain ASCII double quotes (\"), backslashes (\\), the $ sign or line breaks; use 「」 instead of quotes.",
        "・コードの一覧と意味は catalogue.xlsx（アクション一覧、選択肢、事実一覧）にあります。",
        "・The codes and their meaning are listed in catalogue.xlsx (アクション一覧, 選択肢, 事実一覧).",
        "",
        "■ 規則の名前 / Rule names",
        "・各行の規則名は「表の名前_行番号」です（例: %s_11）。行を挿入すると以降の名前が変わります。" % table_title,
        "・Each row's rule is named \"<table name>_<row number>\" (e.g. %s_11); inserting a row renumbers the rows below it." % table_title,
        *extra,
    ]


def checklist_workbook(section, necessity_of_spec):
    used = {"type"}
    for row in section["rows"]:
        used.update(row.when)
    cond_cols = [(t, label) for t, label in CONDITION_TOPICS if t in used]
    unknown_topics = used - {t for t, _ in CONDITION_TOPICS}
    assert not unknown_topics, unknown_topics

    columns = []
    for topic, label in cond_cols:
        col = dict(kind="CONDITION", code=condition_snippet(topic), label=label,
                   width=WIDTH_OF_TOPIC.get(topic, 13))
        if topic in YES_NO_TOPICS:
            col["choices"] = (YES, NO)
        columns.append(col)
    actions = [
        dict(kind="ACTION", code='Proposal p = out.propose(kcontext, "$param");',
             label="アクションコード\nAction code", width=38),
        dict(kind="ACTION", code='p.necessity("$param");', label="必要性\nNecessity", width=13,
             choices=(REQ, AS_NEEDED)),
        dict(kind="ACTION", code='p.sourceJa("$param");', label="出典（日本語）\nSource (Japanese)",
             width=30),
        dict(kind="ACTION", code='p.sourceEn("$param");', label="出典（英語）\nSource (English)",
             width=30),
        dict(kind="ACTION", code='p.noteJa("$param");', label="補足（日本語）\nNote (Japanese)",
             width=64),
        dict(kind="ACTION", code='p.noteEn("$param");', label="補足（英語）\nNote (English)",
             width=64),
    ]
    insider = section["key"] == "I"
    if insider:
        actions.append(dict(kind="ACTION", code='p.assumeWhenUnknown("perpetratorMayBeInside");',
                            label="不明なら社内にいるとみなす\nAssume inside when unknown", width=18,
                            choices=(YES,)))
    columns += actions

    table_rows = []
    for row in section["rows"]:
        assert row.code in PHASE_OF, row.code
        assert row.nec in (REQ, AS_NEEDED)
        expected_nec = REQ if necessity_of_spec[row.code] == "R" else AS_NEEDED
        assert row.nec == expected_nec, (row.code, row.nec)
        when = dict(row.when)
        when["type"] = section["type"]
        if row.source:
            src_ja, src_en = row.source
        else:
            sub_ja, sub_en = SUBSECTIONS[row.sub]
            src_ja = "%s ＞ %s" % (section["name"], sub_ja)
            src_en = "%s > %s" % (section["en"], sub_en)
        values = [when.get(t, "") for t, _ in cond_cols]
        values += [row.code, row.nec, src_ja, src_en, row.ja, row.en]
        if insider:
            values.append(row.assume)
        else:
            assert not row.assume
        for v in values:
            check_text(v, "%s %s" % (section["file"], row.code))
        table_rows.append(values)

    notes = ("このシートは情報漏洩対応チェックリスト「%s」の対応を、1行に1つの規則として表したものです。"
             "　6～10行目はプログラムのコードです（%s）。　規則は11行目から始まります。"
             "　セルの書き方: はい / いいえ、コードは「,」で区切って複数書けます（例: EMAIL, OWN_WEBSITE）、"
             "空欄 = どの値でもよい（条件なし）。　詳しくは「使い方」シートを見てください。"
             % (section["name"], DO_NOT_EDIT))
    usage = common_usage(
        section["name"],
        "情報漏洩対応チェックリストの「%s」の章を、規則の表にしたものです。各行が1つの対応（アクションコード）と、"
        "その対応が必要になる条件（左側の列）を表します。行の順番はチェックリストの記載順です"
        "（「真っ先にすべき対応」を最初に置いています）。" % section["name"],
        "The section 「%s」 (%s) of the leak-response checklist as a rule table. Each row is one "
        "action (action code) and the conditions under which it is needed (the columns on the "
        "left). Rows follow the order of the checklist (the first-response actions first)."
        % (section["name"], section["en"]),
        extra=[
            "",
            "■ 右側の列 / The action columns",
            "・アクションコード: catalogue.xlsx「アクション一覧」のコード。同じコードを複数の行に書けます（計画では1つにまとめられます）。",
            "・Action code: a code of catalogue.xlsx 「アクション一覧」. The same code may appear on several rows; the plan merges them.",
            "・必要性: 「必須」または「必要に応じて」（チェックリストの「必要に応じて」）。",
            "・Necessity: 必須 (required) or 必要に応じて (as needed, the checklist's wording).",
            "・出典: チェックリストの章 ＞ 見出し、または法令。補足: チェックリストの文言（説明・連絡先）と英訳。",
            "・Source: checklist section > subsection, or the law. Note: the checklist's wording (explanations, referral contacts) and its English translation.",
        ] + ([
            "・不明なら社内にいるとみなす: 「はい」と書いた行は、当事者が社内にいるか分からないとき、いるものとして（暫定ではなく）扱います。"
            "チェックリストの「特定できない場合は、いることを想定する」に当たります。",
            "・Assume inside when unknown: on a row marked はい, an unknown answer to 'may the perpetrator still be inside?' "
            "is treated as yes (not provisional), as the checklist says: if they cannot be identified, assume they are.",
        ] if insider else []),
    )
    wb = Workbook()
    write_rule_sheet(
        wb, title=section["name"], package="dev.leakcheck.rules.checklist",
        imports="dev.leakcheck.rules.Fact, dev.leakcheck.rules.Findings, dev.leakcheck.rules.Proposal",
        notes=notes, columns=columns, rows=table_rows, usage_lines=usage)
    save(wb, section["file"])
    return len(table_rows), [r.code for r in section["rows"]]


# ---------------------------------------------------------------------------------------------
# PPC duty table
# ---------------------------------------------------------------------------------------------
def ppc_duty_workbook():
    cond = [
        ("type", "種別\nType", 27),
        ("ppc.personal", "報告対象の個人情報\nReportable personal data", 16),
        ("ppc.sensitive", "要配慮個人情報\nSensitive personal information", 16),
        ("ppc.financialDamageRisk", "財産的被害のおそれ\nRisk of financial damage", 16),
        ("ppc.financial", "金融情報\nFinancial information", 14),
        ("ppc.maliciousIntent", "不正目的\nImproper purpose", 14),
        ("stolen", "盗難\nStolen", 11),
        ("ppc.overThreshold", "本人の数が基準を超える\nPersons over the threshold", 16),
    ]
    columns = []
    for topic, label, width in cond:
        col = dict(kind="CONDITION", code=condition_snippet(topic), label=label, width=width)
        if topic in YES_NO_TOPICS:
            col["choices"] = (YES, NO)
        columns.append(col)
    columns += [
        dict(kind="ACTION", code='TriggerFinding t = out.trigger(kcontext, "$param");',
             label="報告事由\nTrigger", width=26),
        dict(kind="ACTION", code='t.reasonJa("$param");', label="根拠（日本語）\nReason (Japanese)",
             width=62),
        dict(kind="ACTION", code='t.reasonEn("$param");', label="根拠（英語）\nReason (English)",
             width=62),
    ]
    rows = [
        ({"ppc.sensitive": YES}, "SENSITIVE_DATA",
         "施行規則第7条第1号: 要配慮個人情報（人種、信条、病歴、犯罪の経歴など）が含まれる個人データの漏えい等"
         "（発生したおそれを含む）。1人でも報告対象です",
         "Enforcement Rules Art. 7 No. 1: a leak (or suspected leak) of personal data that includes "
         "sensitive personal information (race, creed, medical history, criminal record, etc.). "
         "Reportable even for one person."),
        ({"ppc.financialDamageRisk": YES}, "FINANCIAL_DAMAGE_RISK",
         "施行規則第7条第2号: 不正に利用されることにより財産的被害が生じるおそれがある個人データの漏えい等"
         "（クレジットカード番号、インターネットバンキングのID・パスワードなど）。1人でも報告対象です",
         "Enforcement Rules Art. 7 No. 2: a leak (or suspected leak) of personal data whose misuse "
         "may cause financial damage (credit card numbers, online-banking IDs and passwords, etc.). "
         "Reportable even for one person."),
        ({"ppc.financial": YES}, "FINANCIAL_DAMAGE_RISK",
         "leakcheckの解釈: クレジットカード等の金融情報を含む個人データは、財産的被害のおそれがあるもの"
         "（施行規則第7条第2号）として扱います。個人情報保護委員会のQ&A（Q6-12）では、クレジットカード番号のみの"
         "漏えいも対象とされています（下4桁と有効期限のみの場合は対象外）",
         "leakcheck's interpretation: personal data that includes financial information such as "
         "credit card data is treated as data whose misuse may cause financial damage "
         "(Enforcement Rules Art. 7 No. 2). According to the PPC FAQ (Q6-12), a leak of a card "
         "number alone is reportable (the last four digits with the expiry date alone are not)."),
        ({"ppc.maliciousIntent": YES}, "MALICIOUS_INTENT",
         "施行規則第7条第3号: 不正の目的をもって行われたおそれがある行為による個人データの漏えい等。"
         "1人でも報告対象です",
         "Enforcement Rules Art. 7 No. 3: a leak (or suspected leak) of personal data caused by an "
         "act that was, or may have been, done for an improper purpose. Reportable even for one "
         "person."),
        ({"type": "EXTERNAL_ATTACK", "ppc.personal": YES}, "MALICIOUS_INTENT",
         "leakcheckの解釈: 不正アクセス・ランサムウェア等の外部攻撃は、不正の目的をもって行われたおそれがある"
         "行為です（施行規則第7条第3号）",
         "leakcheck's interpretation: an external attack such as unauthorised access or "
         "ransomware is an act that may have been done for an improper purpose (Enforcement Rules "
         "Art. 7 No. 3)."),
        ({"type": "INSIDER_LEAK", "ppc.personal": YES}, "MALICIOUS_INTENT",
         "leakcheckの解釈: 従業者による情報の持ち出しは、不正の目的をもって行われたおそれがある行為です"
         "（施行規則第7条第3号）",
         "leakcheck's interpretation: an employee taking information out is an act that may have "
         "been done for an improper purpose (Enforcement Rules Art. 7 No. 3)."),
        ({"type": "LOST_OR_STOLEN", "ppc.personal": YES, "stolen": YES}, "MALICIOUS_INTENT",
         "leakcheckの解釈: 書類や機器の盗難は、不正の目的をもって行われたおそれがある行為です"
         "（施行規則第7条第3号）",
         "leakcheck's interpretation: the theft of documents or devices is an act that may have "
         "been done for an improper purpose (Enforcement Rules Art. 7 No. 3)."),
        ({"ppc.overThreshold": YES}, "OVER_1000_PERSONS",
         "施行規則第7条第4号: 漏えい等が発生し、又は発生したおそれがある個人データに係る本人の数が千人を超える"
         "（1000人は対象外、1001人は対象）",
         "Enforcement Rules Art. 7 No. 4: the number of persons whose personal data leaked, or may "
         "have leaked, exceeds 1,000 (1,000 is not enough, 1,001 is)."),
    ]
    table_rows = []
    for when, code, ja, en in rows:
        assert set(when) <= {t for t, _, _ in cond}
        values = [when.get(t, "") for t, _, _ in cond] + [code, ja, en]
        for v in values:
            check_text(v, "ppc-duty " + code)
        table_rows.append(values)
    notes = ("このシートは、個人情報保護委員会への報告義務（個人情報保護法 第26条第1項・施行規則 第7条）の報告事由を"
             "判定する表です。1行に1つの事由があります。　6～10行目はプログラムのコードです（%s）。"
             "　規則は11行目から始まります。　セルの書き方: はい / いいえ、コードは「,」で区切って複数書けます、"
             "空欄 = どの値でもよい（条件なし）。　詳しくは「使い方」シートを見てください。" % DO_NOT_EDIT)
    usage = common_usage(
        "報告義務の判定",
        "個人情報保護委員会への報告が必要になる事由（施行規則第7条第1号～第4号）を判定する表です。どれかの行が当たると、"
        "報告義務があり（事実が不明なら「暫定」）、計画に速報・確報と本人への通知が入ります。",
        "The table that decides the cases of APPI Enforcement Rules Art. 7 (Nos. 1-4) in which a "
        "report to the PPC is required. When any row applies, the report is required "
        "(provisionally, when a fact is unknown), and the plan gets the preliminary and final "
        "reports and the notification of individuals.",
        extra=[
            "",
            "■ 条件の列 / The condition columns",
            "・報告対象の個人情報: 高度な暗号化等で保護されていない（鍵も漏れていない場合を除く）資産に、個人情報が含まれる。",
            "・Reportable personal data: an asset that is not exempt by strong encryption (with its key safe) includes personal information.",
            "・要配慮個人情報・財産的被害のおそれ・不正目的・金融情報: 報告対象の個人情報について、チェックリストの質問への答え。",
            "・Sensitive / financial-damage risk / improper purpose / financial: the checklist answers about the reportable personal data.",
            "・本人の数が基準を超える: 本人の数が catalogue.xlsx「設定」の ppc.personsThreshold（1000）を超える。",
            "・Persons over the threshold: more persons than ppc.personsThreshold (1000) in catalogue.xlsx, sheet 「設定」.",
            "・「leakcheckの解釈」と書いた行は、法令の文言ではなく leakcheck の判断です。変更するときは法務担当と相談してください。",
            "・Rows marked \"leakcheck's interpretation\" are leakcheck's choices, not the text of the law: consult legal before changing them.",
            "・報告事由のコード: SENSITIVE_DATA（第1号）、FINANCIAL_DAMAGE_RISK（第2号）、MALICIOUS_INTENT（第3号）、OVER_1000_PERSONS（第4号）。",
            "・Trigger codes: SENSITIVE_DATA (No. 1), FINANCIAL_DAMAGE_RISK (No. 2), MALICIOUS_INTENT (No. 3), OVER_1000_PERSONS (No. 4).",
        ])
    wb = Workbook()
    write_rule_sheet(
        wb, title="報告義務の判定", package="dev.leakcheck.rules.duty",
        imports="dev.leakcheck.rules.Fact, dev.leakcheck.rules.Findings, dev.leakcheck.rules.TriggerFinding",
        notes=notes, columns=columns, rows=table_rows, usage_lines=usage)
    save(wb, "ppc-duty.drl.xlsx")
    return len(table_rows)


# ---------------------------------------------------------------------------------------------
# Deadlines table
# ---------------------------------------------------------------------------------------------
def deadlines_workbook():
    columns = [
        dict(kind="CONDITION", code=condition_snippet("ppc.MALICIOUS_INTENT"),
             label="不正目的の事態（第7条第3号）\nMalicious-intent case (Rule 7 No. 3)", width=20,
             choices=(YES, NO)),
        dict(kind="ACTION", code='DeadlineRule d = out.deadline(kcontext, "$param");',
             label="対象アクション\nActions", width=40),
        dict(kind="ACTION", code="d.targetDays($param);", label="目標（日数）\nTarget days", width=12),
        dict(kind="ACTION", code="d.dueDays($param);", label="期限（日数）\nDue days", width=12),
        dict(kind="ACTION", code='d.rollOver("$param");',
             label="休日なら翌開庁日へ\nRoll over holidays", width=16, choices=(YES, NO)),
        dict(kind="ACTION", code='d.basisJa("$param");', label="根拠（日本語）\nBasis (Japanese)",
             width=62),
        dict(kind="ACTION", code='d.basisEn("$param");', label="根拠（英語）\nBasis (English)",
             width=62),
    ]
    final_ja = ("施行規則第8条第2項（確報: {n}日以内）。民法第140条（初日不算入）により、期限は認識日の{n}日後。"
                "その日が行政機関の休日（土曜日・日曜日・国民の祝日・休日、12月29日～1月3日。行政機関の休日に関する法律第1条）"
                "に当たるときは、同法第2条により翌開庁日。目標は認識日を1日目として数えた{n}日目（認識日の{m}日後）で、"
                "繰り延べない")
    final_en = ("Enforcement Rules Art. 8(2) (final report: within {n} days). Under Civil Code Art. 140 "
                "(the first day is not counted) the due date is the awareness date + {n} days; if that "
                "day is an administrative holiday (Saturday, Sunday, national holidays, 29 December to "
                "3 January: Act on Holidays of Administrative Organs, Art. 1), it moves to the next "
                "working day (Art. 2 of the same Act). The target counts the awareness date as day 1: "
                "day {n}, i.e. the awareness date + {m} days, not moved.")
    rows = [
        ["", ", ".join(FIRST_CODES), 0, 0, NO,
         "チェックリスト「真っ先にすべき対応」: 気づいた当日に行います",
         "Checklist, first response: to be done on the day of awareness."],
        ["", "PPC_PRELIMINARY_REPORT", 3, 5, NO,
         "施行規則第8条第1項（速報: 速やかに）。個人情報保護委員会のガイドラインでは概ね3～5日以内。"
         "目標 = 認識日 + 3日、期限 = 認識日 + 5日（目安のため、休日でも繰り延べない）",
         "Enforcement Rules Art. 8(1) (preliminary report: promptly). The PPC guidelines say "
         "within about 3 to 5 days. Target = awareness date + 3 days, due = awareness date + 5 "
         "days (guidance, so not moved past holidays)."],
        [NO, "PPC_FINAL_REPORT", 29, 30, YES, final_ja.format(n=30, m=29),
         final_en.format(n=30, m=29)],
        [YES, "PPC_FINAL_REPORT", 59, 60, YES,
         final_ja.format(n=60, m=59).replace("確報: 60日以内", "確報: 不正目的の事態は60日以内"),
         final_en.format(n=60, m=59).replace("within 60 days", "within 60 days for a "
                                             "malicious-intent case")],
    ]
    for values in rows:
        for v in values:
            if isinstance(v, str):
                check_text(v, "deadlines")
    notes = ("このシートは、対応の期限（認識日から何日後か）を決める表です。"
             "　6～10行目はプログラムのコードです（%s）。　規則は11行目から始まります。"
             "　セルの書き方: はい / いいえ、日数は整数、アクションコードは「,」で区切って複数書けます、"
             "空欄 = どの値でもよい（条件なし）。　詳しくは「使い方」シートを見てください。" % DO_NOT_EDIT)
    usage = common_usage(
        "期限",
        "対応の期限を決める表です。日数は、事態に気づいた日（認識日、日本時間の日付）から数えます。"
        "目標は早めに目指す日、期限は法律上の最終日です。",
        "The table of deadlines. Days count from the date of awareness (Japan time). The target "
        "is the date staff should aim for, the due date the latest legal date.",
        extra=[
            "",
            "■ 列 / Columns",
            "・対象アクション: アクションコード（「,」で区切って複数）。目標（日数）・期限（日数）: 認識日から何日後か（整数。0 = 当日）。",
            "・Actions: action codes (comma-separated). Target days / due days: days after the date of awareness (integers; 0 = the same day).",
            "・休日なら翌開庁日へ: 「はい」なら、期限日が行政機関の休日（calendar.xlsx）に当たるとき、次の開庁日に繰り延べます。",
            "・Roll over holidays: はい moves a due date that falls on an administrative holiday (calendar.xlsx) to the next working day.",
            "・例: 2026-12-01 に認識 → 確報の期限は 2026-12-31 が休日のため 2027-01-04。2026-04-03 に認識 → 2026-05-07。",
            "・Examples: aware 2026-12-01 → final report due 2027-01-04 (2026-12-31 is a holiday). Aware 2026-04-03 → 2026-05-07.",
        ])
    wb = Workbook()
    ws = write_rule_sheet(
        wb, title="期限", package="dev.leakcheck.rules.duty",
        imports="dev.leakcheck.rules.Fact, dev.leakcheck.rules.Findings, dev.leakcheck.rules.DeadlineRule",
        notes=notes, columns=columns, rows=rows, usage_lines=usage)
    for r in range(11, 11 + len(rows)):
        for c in (4, 5):  # columns D, E: integers
            ws.cell(row=r, column=c).number_format = "0"
    save(wb, "deadlines.drl.xlsx")
    return len(rows)


# ---------------------------------------------------------------------------------------------
# Data workbooks
# ---------------------------------------------------------------------------------------------
def data_sheet(ws, headers, rows, widths, tab="70AD47"):
    ws.sheet_properties.tabColor = tab
    for i, (h, w) in enumerate(zip(headers, widths), start=1):
        cell = ws.cell(row=1, column=i, value=h)
        cell.font = BOLD
        cell.fill = LABEL_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = BOX
        ws.column_dimensions[cell.column_letter].width = w
    ws.row_dimensions[1].height = 36
    for r, values in enumerate(rows, start=2):
        assert any(v not in (None, "") for v in values), "empty data row"
        for i, value in enumerate(values, start=1):
            cell = ws.cell(row=r, column=i)
            if value not in (None, ""):
                cell.value = value
            cell.alignment = WRAP_TOP
            cell.border = BOX
    fit_rows(ws, 1, len(rows) + 1)
    ws.freeze_panes = "A2"
    print_setup(ws, "1:1")
    ws.auto_filter.ref = "A1:%s%d" % (ws.cell(row=1, column=len(headers)).column_letter,
                                      len(rows) + 1)
    return ws


QUESTIONS = [
    # field, types, only when, ja, en
    ("channel", "MISSENT_OR_MISPUBLISHED", "",
     "メール宛先ミスですか、web上の誤公開（自社サイト・他社サイト）ですか？",
     "Was an email sent to the wrong address, or was information mis-published on the web (on "
     "your own website or on another company's)?"),
    ("discovery.route", "ALL", "",
     "発覚した経緯は、次のうちどれですか？",
     "How did the incident come to light? Choose one of the following."),
    ("discovery.reporterContact", "ALL",
     "discovery.route=" + ", ".join(CONTACT_ROUTES),
     "連絡してきた方の連絡先は？（連絡先を控える）",
     "What are the contact details of whoever reported it? (Note them down.)"),
    ("insider.perpetratorMayBeInside", "INSIDER_LEAK", "",
     "内部犯行の当事者が、まだ社内にいる可能性がありますか？（特定できない場合は、いることを想定する）",
     "May the person responsible for the insider leak still be inside the company? (If they "
     "cannot be identified, assume they are.)"),
    ("assets[].owner", "ALL", "",
     "自社の情報だけですか、他社の情報も含まれますか？（※ 業務委託先の情報なら、他社の情報になります）",
     "Is it only your own company's information, or does it include other companies' "
     "information? (A contractor's information counts as another company's.)"),
    ("lost.device", "LOST_OR_STOLEN", "",
     "紛失・盗難にあった対象物(PC、スマホ、USBメモリなど)は、なにですか？",
     "What was lost or stolen (PC, smartphone, USB memory, etc.)?"),
    ("lost.stolen", "LOST_OR_STOLEN", "",
     "盗まれたのですか、それとも紛失ですか？",
     "Was it stolen, or lost?"),
    ("lost.serialNumber", "LOST_OR_STOLEN", "",
     "対象物には、シリアルナンバーなど、識別できる記号がありましたか？",
     "Did the item have a serial number or another identifying mark?"),
    ("lost.description", "LOST_OR_STOLEN", "",
     "対象物のメーカー名、モデル名、色、サイズなど、特徴を詳しく教えてください",
     "Describe the item in detail: maker, model, colour, size, etc."),
    ("attack.devices", "EXTERNAL_ATTACK", "",
     "外部攻撃を受けた機器は、なにですか？",
     "Which devices were attacked?"),
    ("attack.scope", "EXTERNAL_ATTACK", "",
     "外部攻撃を受けた範囲は、どこまでですか？(ネットワークのすべてなのか、一部なのか？)",
     "How far did the attack reach? (The whole network, or part of it?)"),
    ("insider.storage", "INSIDER_LEAK", "",
     "漏洩した情報の保管場所は、どこですか？",
     "Where was the leaked information kept?"),
    ("insider.takenMedia", "INSIDER_LEAK", "",
     "なにを(PC、USBメモリ、紙など)持ち出されましたか？",
     "What was taken out (PC, USB memory, paper, etc.)?"),
    ("assets[].personal.included", "ALL", "",
     "個人情報が含まれますか？（個人情報とは、取引先・社員など個人に関する情報です）",
     "Does it include personal information? (Personal information is information about "
     "individuals, such as business contacts or employees.)"),
    ("assets[].personal.persons", "ALL", "assets[].personal.included=YES",
     "個人情報は何件程度の数(情報量)ですか？(基準:1000人を超えるか)",
     "About how many persons does the personal information concern? (Threshold: more than "
     "1,000 persons?)"),
    ("assets[].personal.sensitive", "ALL", "assets[].personal.included=YES",
     "個人情報は要配慮個人情報が含まれていますか？(人種、病歴など)",
     "Does the personal information include sensitive personal information (race, medical "
     "history, etc.)?"),
    ("assets[].personal.financialDamageRisk", "ALL", "assets[].personal.included=YES",
     "個人情報は財産的被害が生じる恐れがありますか？(カード情報など)",
     "Could the personal information cause financial damage (card data, etc.)?"),
    ("assets[].personal.maliciousIntent", "ALL", "assets[].personal.included=YES",
     "個人情報は不正目的をもって行われた漏洩でしたか？",
     "Was the leak of personal information done with an improper purpose?"),
    ("assets[].financial", "ALL", "",
     "クレジットカードなどの金融情報が含まれますか？",
     "Does it include financial information such as credit card data?"),
    ("assets[].publicInfrastructure", "ALL", "",
     "公共性の高い情報が含まれますか？（公共性の高い情報とは発電所、通信設備のように社会インフラに影響する情報です）",
     "Does it include information of high public importance? (Information that affects social "
     "infrastructure, such as power plants and telecommunications facilities.)"),
    ("assets[].businessPartner", "ALL", "",
     "取引先の情報が含まれますか？",
     "Does it include business partners' information?"),
    ("assets[].confidential", "ALL", "",
     "機密情報が含まれますか？（機密情報とは図面データなど、外部に出せない情報です）",
     "Does it include confidential information? (Information that must not leave the company, "
     "such as drawing data.)"),
    ("assets[].forms", "MISSENT_OR_MISPUBLISHED", "",
     "誤送信・誤公開された、情報のタイプは？（メールには添付ファイルがありましたか？関連リンクがありましたか？"
     "Webにはダウンロードできるファイルがありましたか？）",
     "In what form was the information sent or published? (Did the email have attachments? "
     "Were there related links? Were there downloadable files on the web page?)"),
    ("assets[].protection.level", "ALL", "",
     "情報は、パスワードなどで保護されていたか？（パスワードで保護されていた／暗号化されていた／"
     "何ら保護はなく、平文の状態だった）",
     "Was the information protected, for example by a password? (Password-protected / "
     "encrypted / no protection, plain text)"),
    ("assets[].protection.keyCompromised", "ALL", "assets[].protection.level=ENCRYPTED",
     "復号の鍵（パスワード）も一緒に漏れましたか？",
     "Did the decryption key (password) leak as well?"),
    ("assets[].protection.lockedStorage", "INSIDER_LEAK", "",
     "持ち出された情報は、施錠できる適切な場所で保管されていましたか？",
     "Was the information that was taken out kept in a suitable place that can be locked?"),
    ("assets[].protection.openAccess", "INSIDER_LEAK", "",
     "持ち出された情報は、だれでも閲覧できる場所に置かれていましたか？",
     "Was the information that was taken out kept where anyone could see it?"),
    ("lost.container", "LOST_OR_STOLEN", "",
     "紛失・盗難にあった対象物は、鞄や入れ物に入っていましたか？（鞄や入れ物の特徴(色、形、素材など)を詳しく教えてください）",
     "Was the item in a bag or other container? (Describe the bag or container in detail: "
     "colour, shape, material, etc.)"),
    ("discovery.awareAt", "ALL", "",
     "気づいたのは、何月何日何時ですか？",
     "When (date and time) did you become aware of it?"),
    ("cause", "MISSENT_OR_MISPUBLISHED", "",
     "なぜ、誤送信・誤公開が起きてしまったのですか？（単純な操作ミス、確認不足など／システムの不具合／"
     "運用ルールの違反(公開・送信時のダブルチェックなど規定作業の未実施など)）",
     "Why did the misdelivery or mis-publication happen? (A simple operating error, "
     "insufficient checking, etc. / a system defect / a violation of operating rules, such as "
     "skipping the required double check before publishing or sending)"),
    ("lost.place", "LOST_OR_STOLEN", "",
     "失った場所は、どこですか？",
     "Where was it lost?"),
    ("lost.circumstances", "LOST_OR_STOLEN", "",
     "なぜ、紛失・盗難にあってしまったのですか？(例:眠ってしまった、トイレで席を外したなど、その時の状況を詳しく)",
     "How did the loss or theft happen? (For example: fell asleep, left the seat to go to the "
     "toilet; describe the situation in detail.)"),
    ("socialImpactHigh", "ALL", "",
     "社会的な影響は大きいと判断しますか？",
     "Do you judge the social impact to be large?"),
]

FACTS = [
    ("type", "種別", "Incident type"),
    ("route", "発覚した経緯", "Discovery route"),
    ("channel", "経路（メール・Web）", "Channel"),
    ("cause", "原因", "Cause"),
    ("otherCompany", "他社の情報", "Other company's information"),
    ("personal", "個人情報", "Personal information"),
    ("financial", "金融情報", "Financial information"),
    ("publicInfrastructure", "公共性の高い情報", "Information of high public importance"),
    ("businessPartner", "取引先の情報", "Business partners' information"),
    ("confidential", "機密情報", "Confidential information"),
    ("socialImpactHigh", "社会的影響が大きい", "High social impact"),
    ("stolen", "盗難", "Stolen"),
    ("place", "失った場所", "Place of loss"),
    ("perpetratorMayBeInside", "当事者が社内にいる可能性", "Perpetrator may still be inside"),
    ("storage", "保管場所", "Storage"),
    ("ppc.required", "個人情報保護委員会への報告義務", "PPC report required"),
    ("ppc.personal", "報告対象の個人情報（高度な暗号化で除外されない）",
     "Reportable personal data (not exempt by strong encryption)"),
    ("ppc.sensitive", "要配慮個人情報", "Sensitive personal information"),
    ("ppc.financialDamageRisk", "財産的被害のおそれ", "Risk of financial damage"),
    ("ppc.financial", "金融情報（報告対象の個人情報に含まれる）",
     "Financial information (in reportable personal data)"),
    ("ppc.maliciousIntent", "不正目的", "Improper purpose"),
    ("ppc.overThreshold", "本人の数が基準を超える", "Persons over the threshold"),
    ("ppc.MALICIOUS_INTENT", "不正目的の事態（施行規則第7条第3号）",
     "Malicious-intent case (Enforcement Rules Art. 7 No. 3)"),
    ("forms", "情報のタイプ", "Forms of the information"),
    ("protection", "保護の状態", "Protection"),
    ("device", "対象物（機器）", "Device"),
    ("attackScope", "攻撃を受けた範囲", "Scope of the attack"),
    ("takenMedia", "持ち出されたもの", "Media taken out"),
]

CHOICES = [
    ("YES", "はい", "Yes"),
    ("NO", "いいえ", "No"),
    ("UNKNOWN", "不明", "Unknown"),
    # types
    ("MISSENT_OR_MISPUBLISHED", "メール誤送信・web誤公開", "Misdelivery or mis-publication"),
    ("LOST_OR_STOLEN", "紛失・盗難", "Loss or theft"),
    ("EXTERNAL_ATTACK", "外部攻撃", "External attack"),
    ("INSIDER_LEAK", "内部犯行", "Insider leak"),
    # channels
    ("EMAIL", "メール誤送信（宛先ミス）", "Email sent to the wrong address"),
    ("OWN_WEBSITE", "誤公開（自社サイト）", "Mis-published on your own website"),
    ("THIRD_PARTY_WEBSITE", "誤公開（他社サイト）", "Mis-published on another company's website"),
    # causes
    ("OPERATION_ERROR", "単純な操作ミス、確認不足など", "Simple operating error, insufficient checking, etc."),
    ("SYSTEM_DEFECT", "システムの不具合", "System defect"),
    ("RULE_VIOLATION", "運用ルールの違反", "Violation of operating rules"),
    # routes
    ("SELF_REPORT", "本人（紛失者）の自己申告", "Self-report"),
    ("THIRD_PARTY", "ミスを発見した第三者からの連絡", "Report from a third party who found the mistake"),
    ("POLICE", "警察からの連絡", "Call from the police"),
    ("FINDER", "取得者からの連絡", "Call from the finder"),
    ("EXTERNAL_REPORT", "風評を含む外部からの指摘", "Pointed out from outside, including rumours"),
    ("SECURITY_MONITORING", "ウィルス対策ソフト、ネットワーク監視サービスなどからの連絡",
     "Alert from antivirus software, a network monitoring service, etc."),
    ("RANSOM_DEMAND", "ランサムウェアによる身代金要求", "Ransom demand by ransomware"),
    ("CUSTOMER_REPORT", "顧客からの連絡（架空請求を受けた、個人情報が不正に利用されているなど）",
     "Report from a customer (fictitious bill, misuse of personal information, etc.)"),
    ("MEDIA_INQUIRY", "マスコミからの連絡", "Inquiry from the media"),
    ("RUMOR", "情報が漏洩しているとの風評が広まった", "Rumours of a leak spread"),
    ("EXTORTION", "名簿を買い取るよう、脅迫を受けた", "Threatened and told to buy the list back"),
    # owners
    ("OWN", "自社の情報", "Own company's information"),
    ("OTHER_COMPANY", "他社の情報（業務委託先の情報を含む）",
     "Another company's information (including a contractor's)"),
    # forms
    ("ATTACHMENT", "添付ファイル", "Attachment"),
    ("LINK", "関連リンク", "Related link"),
    ("DOWNLOADABLE_FILE", "ダウンロードできるファイル", "Downloadable file"),
    ("DEVICE", "機器", "Device"),
    ("PAPER", "紙", "Paper"),
    # protection levels
    ("NONE", "何ら保護はなく、平文の状態", "No protection (plain text)"),
    ("PASSWORD", "パスワードで保護", "Password-protected"),
    ("ENCRYPTED", "暗号化", "Encrypted"),
    # devices (PAPER above)
    ("PC", "PC", "PC"),
    ("SMARTPHONE", "スマホ", "Smartphone"),
    ("TABLET", "タブレット", "Tablet"),
    ("USB_MEMORY", "USBメモリ", "USB memory"),
    ("OTHER", "その他", "Other"),
    # places (OTHER above)
    ("TRAIN", "鉄道（電車・駅）", "Railway (train, station)"),
    ("STORE", "店舗", "Store"),
    # scopes
    ("WHOLE_NETWORK", "ネットワークのすべて", "The whole network"),
    ("PARTIAL", "ネットワークの一部", "Part of the network"),
    # storage
    ("FILE_SERVER", "対象サイト（ファイルサーバーなど）", "Server (file server, etc.)"),
    ("PHYSICAL", "執務室、倉庫、書類保管場所（物理的な書類など）",
     "Office, warehouse, document store (physical documents, etc.)"),
    # taken media: PC, USB_MEMORY, PAPER, OTHER above
    # triggers
    ("SENSITIVE_DATA", "要配慮個人情報（施行規則第7条第1号）", "Sensitive personal data (Rule 7 No. 1)"),
    ("FINANCIAL_DAMAGE_RISK", "財産的被害のおそれ（施行規則第7条第2号）",
     "Risk of financial damage (Rule 7 No. 2)"),
    ("MALICIOUS_INTENT", "不正の目的（施行規則第7条第3号）", "Improper purpose (Rule 7 No. 3)"),
    ("OVER_1000_PERSONS", "本人の数が千人を超える（施行規則第7条第4号）",
     "More than 1,000 persons (Rule 7 No. 4)"),
    ("STRONG_ENCRYPTION", "高度な暗号化等の措置（報告対象外）",
     "Strong encryption (exempt from reporting)"),
]

INCIDENT_ENUMS = [
    "MISSENT_OR_MISPUBLISHED LOST_OR_STOLEN EXTERNAL_ATTACK INSIDER_LEAK",
    "EMAIL OWN_WEBSITE THIRD_PARTY_WEBSITE",
    "OPERATION_ERROR SYSTEM_DEFECT RULE_VIOLATION",
    "SELF_REPORT THIRD_PARTY POLICE FINDER EXTERNAL_REPORT SECURITY_MONITORING RANSOM_DEMAND "
    "CUSTOMER_REPORT MEDIA_INQUIRY RUMOR EXTORTION",
    "OWN OTHER_COMPANY",
    "ATTACHMENT LINK DOWNLOADABLE_FILE DEVICE PAPER",
    "NONE PASSWORD ENCRYPTED",
    "PC SMARTPHONE TABLET USB_MEMORY PAPER OTHER",
    "TRAIN STORE OTHER",
    "WHOLE_NETWORK PARTIAL",
    "FILE_SERVER PHYSICAL",
    "PC USB_MEMORY PAPER OTHER",
    "SENSITIVE_DATA FINANCIAL_DAMAGE_RISK MALICIOUS_INTENT OVER_1000_PERSONS",
    "STRONG_ENCRYPTION YES NO UNKNOWN",
]


# The nine report items of APPI Enforcement Rules Art. 8(1); the draft fills each from the fields named.
REPORT_ITEMS = [
    (1, "概要", "Summary of the incident",
     "type, occurredAt, discovery.awareAt, discovery.route"),
    (2, "漏えい等が発生し、又は発生したおそれがある個人データの項目", "Items of the personal data that leaked or may have leaked",
     "assets[].description, assets[].personal.sensitive, assets[].financial"),
    (3, "漏えい等が発生し、又は発生したおそれがある個人データに係る本人の数", "Number of persons concerned",
     "assets[].personal.persons"),
    (4, "原因", "Cause", "cause, lost.circumstances, attack.scope, insider.takenMedia"),
    (5, "二次被害又はそのおそれの有無及びその内容", "Secondary damage or its risk, and its nature", ""),
    (6, "本人への対応の実施状況", "Response to the persons concerned", ""),
    (7, "公表の実施状況", "Public announcement", "socialImpactHigh"),
    (8, "再発防止のための措置", "Measures to prevent recurrence", ""),
    (9, "その他参考となる事項", "Other relevant matters", ""),
]

FIELD_LABELS = [
    ("type", "種別", "Type"),
    ("occurredAt", "発生日時", "Occurred at"),
    ("discovery.awareAt", "認識日時", "Became aware at"),
    ("discovery.route", "発覚の経緯", "How it came to light"),
    ("assets[].description", "情報", "Information"),
    ("assets[].personal.sensitive", "要配慮個人情報", "Sensitive personal data"),
    ("assets[].financial", "金融情報", "Financial information"),
    ("assets[].personal.persons", "本人の数", "Number of persons"),
    ("cause", "原因", "Cause"),
    ("lost.circumstances", "紛失・盗難の状況", "Circumstances of the loss"),
    ("attack.scope", "攻撃を受けた範囲", "Scope of the attack"),
    ("insider.takenMedia", "持ち出された媒体", "Media taken out"),
    ("socialImpactHigh", "社会的影響が大きい", "High social impact"),
]


def catalogue_workbook(used_topics):
    wb = Workbook()
    ws = wb.active
    ws.title = "アクション一覧"
    data_sheet(ws, ["コード\nCode", "フェーズ\nPhase", "見出し（日本語）\nTitle (Japanese)",
                    "見出し（英語）\nTitle (English)", "宛先（日本語）\nRecipient (Japanese)",
                    "宛先（英語）\nRecipient (English)"],
               [list(c) for c in CATALOGUE], [38, 13, 52, 52, 26, 30])

    qs = wb.create_sheet("質問一覧")
    data_sheet(qs, ["項目\nField", "対象の種別\nTypes", "前提\nOnly when",
                    "質問（日本語）\nQuestion (Japanese)", "質問（英語）\nQuestion (English)"],
               [list(q) for q in QUESTIONS], [36, 27, 36, 60, 60])
    fields = [q[0] for q in QUESTIONS]
    assert len(fields) == len(set(fields))

    fs = wb.create_sheet("事実一覧")
    data_sheet(fs, ["事実\nTopic", "表示名（日本語）\nLabel (Japanese)", "表示名（英語）\nLabel (English)"],
               [list(f) for f in FACTS], [26, 40, 48])
    topics = [f[0] for f in FACTS]
    missing = used_topics - set(topics)
    assert not missing, "topics used in tables but not listed: %s" % missing

    cs = wb.create_sheet("選択肢")
    data_sheet(cs, ["値\nValue", "日本語\nJapanese", "英語\nEnglish"],
               [list(c) for c in CHOICES], [28, 52, 56])
    values = [c[0] for c in CHOICES]
    assert len(values) == len(set(values)), "duplicate choice"
    needed = set(" ".join(INCIDENT_ENUMS).split())
    assert needed == set(values), (needed ^ set(values))

    ss = wb.create_sheet("設定")
    data_sheet(ss, ["項目\nSetting", "値\nValue", "説明\nExplanation"],
               [["ppc.personsThreshold", 1000,
                 "本人の数がこの数を「超える」と報告対象です（個人情報保護法施行規則 第7条第4号: 千人を超える）。"
                 "1000人は対象外、1001人は対象。\n"
                 "The PPC report is required when the number of persons is MORE THAN this number "
                 "(APPI Enforcement Rules Art. 7 No. 4: more than 1,000). 1,000 persons: not "
                 "reportable; 1,001: reportable."]],
               [26, 10, 90])
    ss.cell(row=2, column=2).number_format = "0"
    ss.cell(row=2, column=2).alignment = Alignment(horizontal="right", vertical="top")
    rs = wb.create_sheet("報告事項")
    data_sheet(rs, ["番号\nNo.", "報告事項（日本語）\nItem (Japanese)", "報告事項（英語）\nItem (English)",
                    "下書きに使う項目\nFields used for the draft"],
               [list(r) for r in REPORT_ITEMS], [8, 52, 52, 60])
    ls = wb.create_sheet("項目名")
    data_sheet(ls, ["項目\nField", "表示名（日本語）\nLabel (Japanese)", "表示名（英語）\nLabel (English)"],
               [list(r) for r in FIELD_LABELS], [36, 30, 36])
    save(wb, "catalogue.xlsx")
    return {"アクション一覧": len(CATALOGUE), "質問一覧": len(QUESTIONS), "事実一覧": len(FACTS),
            "選択肢": len(CHOICES), "設定": 1}


def calendar_workbook():
    with open(os.path.join(SHARED, "data/jp-national-holidays.csv"), encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    holidays = [[datetime.date.fromisoformat(r["date"]), r["name"]] for r in rows]
    assert holidays == sorted(holidays)
    wb = Workbook()
    ws = wb.active
    ws.title = "国民の祝日"
    data_sheet(ws, ["日付\nDate", "名称\nName"], holidays, [14, 30])
    for r in range(2, len(holidays) + 2):
        ws.cell(row=r, column=1).number_format = "yyyy-mm-dd"
        ws.cell(row=r, column=1).alignment = Alignment(horizontal="left", vertical="top")
    hs = wb.create_sheet("行政機関の休日")
    law = "行政機関の休日に関する法律 第1条第1項第1号"
    data_sheet(hs, ["区分\nKind", "開始\nFrom", "終了\nTo", "根拠\nBasis"],
               [["曜日", "土曜日", "", law],
                ["曜日", "日曜日", "", law],
                ["期間", "12-29", "01-03", "同 第3号（12月29日から翌年1月3日まで）"]],
               [10, 12, 12, 56])
    for r in range(2, 5):
        for c in (2, 3):
            hs.cell(row=r, column=c).number_format = "@"
    us = wb.create_sheet("使い方")
    write_usage(us, [
        "祝日表の使い方 / How to maintain the holiday tables",
        "",
        "■ このブックについて / About this workbook",
        "確報などの期限が行政機関の休日に当たるとき、翌開庁日に繰り延べるための休日表です（行政機関の休日に関する法律 第1条・第2条）。",
        "The holidays used to move a due date that falls on an administrative holiday to the next working day (Act on Holidays of Administrative Organs, Arts. 1 and 2).",
        "・「国民の祝日」: 内閣府が公表する国民の祝日・休日（振替休日、国民の休日を含む。内閣府の表ではどちらも「休日」）。%d年～%d年を収録しています。"
        % (holidays[0][0].year, holidays[-1][0].year),
        "・「国民の祝日」: the national holidays published by the Cabinet Office, including substitute holidays and 国民の休日 (both named 「休日」 in its list); %d-%d."
        % (holidays[0][0].year, holidays[-1][0].year),
        "・「行政機関の休日」: 土曜日・日曜日と、12月29日～1月3日。法律が変わらない限り変更しないでください。",
        "・「行政機関の休日」: Saturdays, Sundays and 29 December - 3 January. Do not change it unless the law changes.",
        "・収録されている最後の年より後の期限は、祝日が分からないため、計画に警告として表示されます。",
        "・A deadline after the last year covered is flagged as a warning in the plan, because its holidays are not known.",
        "",
        "■ 翌年の祝日を追加する / Adding next year's holidays",
        "1. 内閣府は毎年2月ごろ（春分の日・秋分の日が官報で公表された後）、翌年の祝日を公表します: https://www8.cao.go.jp/chosei/shukujitsu/gaiyou.html （「昭和30年から令和X年国民の祝日（csv形式）」）。",
        "1. The Cabinet Office publishes the following year's holidays each February (after the equinox days are fixed): https://www8.cao.go.jp/chosei/shukujitsu/gaiyou.html (the csv list).",
        "2. 「国民の祝日」シートの最後の行の下に、その年の祝日を1行ずつ追加します。A列は日付（2028-01-01 のように入力し、日付として保存）、B列は名称（内閣府の表のとおり。振替休日・国民の休日は「休日」）。",
        "2. Add that year's holidays below the last row of 「国民の祝日」, one per row: column A the date (type it as 2028-01-01 so that it is stored as a date), column B the name as in the Cabinet Office list (substitute holidays: 休日).",
        "3. 日付の順に並べ、途中に空の行を入れないでください。見出し（1行目）は変更しないでください。",
        "3. Keep the rows in date order with no empty rows in between. Do not change the header row (row 1).",
        "4. 変更後は、シナリオのテストで確認してから本番に反映してください。",
        "4. After the change, check it against the scenarios before it goes live.",
    ])
    save(wb, "calendar.xlsx")
    return {"国民の祝日": len(holidays), "行政機関の休日": 3}


# ---------------------------------------------------------------------------------------------
# Saving (deterministic)
# ---------------------------------------------------------------------------------------------
def save(wb, name):
    wb.properties.creator = "leakcheck"
    wb.properties.lastModifiedBy = "leakcheck"
    wb.properties.created = FIXED_TIME
    wb.properties.modified = FIXED_TIME
    buf = io.BytesIO()
    wb.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            zi = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, data)
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(out.getvalue())


def main():
    necessity_of_spec = check_catalogue_against_spec()
    counts = {}
    used_codes = set()
    used_topics = set()
    for section in SECTIONS:
        n, codes = checklist_workbook(section, necessity_of_spec)
        counts[section["file"]] = n
        used_codes.update(codes)
        for row in section["rows"]:
            used_topics.update(row.when)
    used_topics.update({"type", "ppc.personal", "ppc.sensitive", "ppc.financialDamageRisk",
                        "ppc.financial", "ppc.maliciousIntent", "stolen", "ppc.overThreshold",
                        "ppc.MALICIOUS_INTENT"})
    missing = set(CATALOGUE_CODES) - used_codes
    assert not missing, "catalogue codes without a checklist row: %s" % sorted(missing)
    counts["ppc-duty.drl.xlsx"] = ppc_duty_workbook()
    counts["deadlines.drl.xlsx"] = deadlines_workbook()
    counts["catalogue.xlsx"] = catalogue_workbook(used_topics)
    counts["calendar.xlsx"] = calendar_workbook()
    for k, v in counts.items():
        print(k, v)


if __name__ == "__main__":
    main()
