package dev.leakcheck.model;

/** The form the information took (添付ファイル, 関連リンク, ダウンロードできるファイル, 機器, 紙). */
public enum InformationForm {
    ATTACHMENT,
    LINK,
    DOWNLOADABLE_FILE,
    DEVICE,
    PAPER
}
