package dev.leakcheck.model;

/**
 * What kind of financial information an asset holds (leakcheck's own field, {@code assets[].financialKinds}):
 * the checklist's card actions (カード会社への連絡、カード停止、金融庁) fit card data, not a bank account number.
 */
public enum FinancialKind {
    /** クレジットカード・デビットカードの情報（カード番号、有効期限など）. */
    CARD,
    /** 銀行口座の情報（金融機関名、口座番号など）. */
    BANK_ACCOUNT,
    /** その他の金融情報（証券口座、電子マネーなど）. */
    OTHER
}
