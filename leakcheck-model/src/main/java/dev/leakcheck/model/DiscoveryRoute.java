package dev.leakcheck.model;

/** How the incident came to light (発覚した経緯). */
public enum DiscoveryRoute {
    /** 本人（紛失者）の自己申告 / Self-report. */
    SELF_REPORT,
    /** ミスを発見した第三者からの連絡 / Report from a third party who found the mistake. */
    THIRD_PARTY,
    /** 警察からの連絡 / Call from the police. */
    POLICE,
    /** 取得者からの連絡 / Call from the finder. */
    FINDER,
    /** 風評を含む外部からの指摘 / Pointed out from outside, including rumours. */
    EXTERNAL_REPORT,
    /** ウィルス対策ソフト、ネットワーク監視サービスなどからの連絡 / Alert from antivirus software, a network monitoring service, etc. */
    SECURITY_MONITORING,
    /** ランサムウェアによる身代金要求 / Ransom demand by ransomware. */
    RANSOM_DEMAND,
    /**
     * 顧客からの連絡（架空請求を受けた、個人情報が不正に利用されているなど）
     * / Report from a customer (fictitious bill, misuse of personal information, etc.).
     */
    CUSTOMER_REPORT,
    /** マスコミからの連絡 / Inquiry from the media. */
    MEDIA_INQUIRY,
    /** 情報が漏洩しているとの風評が広まった / Rumours of a leak spread. */
    RUMOR,
    /** 名簿を買い取るよう、脅迫を受けた / Threatened and told to buy the list back. */
    EXTORTION
}
