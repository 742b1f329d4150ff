package dev.leakcheck.model;

/** The form the information took (添付ファイル, 関連リンク, ダウンロードできるファイル, 機器, 紙). */
public enum InformationForm {
    /** 添付ファイル / Attachment. */
    ATTACHMENT,
    /** 関連リンク / Related link. */
    LINK,
    /** ダウンロードできるファイル / Downloadable file. */
    DOWNLOADABLE_FILE,
    /** 機器 / Device. */
    DEVICE,
    /** 紙 / Paper. */
    PAPER
}
