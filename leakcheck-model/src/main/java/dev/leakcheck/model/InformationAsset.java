package dev.leakcheck.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One body of information that leaked or may have leaked: a customer list, an attachment, the
 * contents of a lost laptop. The checklist's questions about "what information" are asked of it.
 *
 * @param description          a free-text label; may hold personal data, so it is never logged
 * @param owner                自社の情報か、他社の情報か (a contractor's information is another company's)
 * @param personal             個人情報 and the facts of the report duty
 * @param financial            クレジットカードなどの金融情報が含まれるか
 * @param publicInfrastructure 公共性の高い情報 (発電所、通信設備) が含まれるか
 * @param businessPartner      取引先の情報が含まれるか
 * @param confidential         機密情報 (図面データなど) が含まれるか
 * @param forms                添付ファイル・関連リンク・ダウンロードできるファイル…; empty while unknown
 * @param protection           パスワード保護 / 暗号化 / 平文
 * @param recoveredUnseen      every copy recovered or deleted before any third party saw it: then it did not
 *                             leak (PPC guideline, general rules, 3-5-1-2: 「個人データを第三者に閲覧されないうちに
 *                             全てを回収した場合は、漏えいに該当しない」); unknown is a suspected leak
 * @param restorableCopy       the same data is kept elsewhere and can be restored: then its loss or encryption is
 *                             not 滅失/毀損 (3-5-1-3, 3-5-1-4: 「その内容と同じデータが他に保管されている場合」);
 *                             a leak of the copy that was taken still is one
 * @param financialKinds       the kinds of financial information (card, bank account, other; leakcheck's own
 *                             field); empty while unknown
 * @param publiclyViewable     made viewable by an unspecified number of people electronically (電磁的方法により不特定多数の者に閲覧され、又は閲覧されるおそれ: My Number breach rule Art. 2(3))
 * @param communicationsSecrecy includes secrecy of communications (通信の秘密) handled as a telecommunications carrier (Telecommunications Business Act Art. 4, Art. 28)
 */
public record InformationAsset(
        Optional<String> description,
        Optional<Owner> owner,
        PersonalData personal,
        Answer financial,
        Answer publicInfrastructure,
        Answer businessPartner,
        Answer confidential,
        Optional<List<InformationForm>> forms,
        Protection protection,
        Answer recoveredUnseen,
        Answer restorableCopy,
        Optional<List<FinancialKind>> financialKinds,
        Answer publiclyViewable,
        Answer communicationsSecrecy) {

    /**
     * Checks that no component is null; the list of forms is copied.
     *
     * @param description the {@code description} component
     * @param owner the {@code owner} component
     * @param personal the {@code personal} component
     * @param financial the {@code financial} component
     * @param publicInfrastructure the {@code publicInfrastructure} component
     * @param businessPartner the {@code businessPartner} component
     * @param confidential the {@code confidential} component
     * @param forms the {@code forms} component
     * @param protection the {@code protection} component
     * @param recoveredUnseen the {@code recoveredUnseen} component
     * @param restorableCopy the {@code restorableCopy} component
     * @param financialKinds the {@code financialKinds} component
     * @param publiclyViewable the {@code publiclyViewable} component
     * @param communicationsSecrecy the {@code communicationsSecrecy} component
     * @throws NullPointerException if a component is null
     */
    public InformationAsset {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(personal, "personal");
        Objects.requireNonNull(financial, "financial");
        Objects.requireNonNull(publicInfrastructure, "publicInfrastructure");
        Objects.requireNonNull(businessPartner, "businessPartner");
        Objects.requireNonNull(confidential, "confidential");
        Objects.requireNonNull(forms, "forms");
        Objects.requireNonNull(protection, "protection");
        Objects.requireNonNull(recoveredUnseen, "recoveredUnseen");
        Objects.requireNonNull(restorableCopy, "restorableCopy");
        Objects.requireNonNull(financialKinds, "financialKinds");
        Objects.requireNonNull(publiclyViewable, "publiclyViewable");
        Objects.requireNonNull(communicationsSecrecy, "communicationsSecrecy");
        forms = forms.map(List::copyOf);
        financialKinds = financialKinds.map(List::copyOf);
    }

    /**
     * An asset whose kinds of financial information are unknown.
     *
     * @param description the {@code description} component
     * @param owner the {@code owner} component
     * @param personal the {@code personal} component
     * @param financial the {@code financial} component
     * @param publicInfrastructure the {@code publicInfrastructure} component
     * @param businessPartner the {@code businessPartner} component
     * @param confidential the {@code confidential} component
     * @param forms the {@code forms} component
     * @param protection the {@code protection} component
     * @param recoveredUnseen the {@code recoveredUnseen} component
     * @param restorableCopy the {@code restorableCopy} component
     */
    public InformationAsset(Optional<String> description, Optional<Owner> owner, PersonalData personal,
            Answer financial, Answer publicInfrastructure, Answer businessPartner, Answer confidential,
            Optional<List<InformationForm>> forms, Protection protection, Answer recoveredUnseen,
            Answer restorableCopy) {
        this(description, owner, personal, financial, publicInfrastructure, businessPartner, confidential, forms,
                protection, recoveredUnseen, restorableCopy, Optional.empty(), Answer.UNKNOWN, Answer.UNKNOWN);
    }

    /**
     * An asset whose recovery and copies are unknown.
     *
     * @param description the {@code description} component
     * @param owner the {@code owner} component
     * @param personal the {@code personal} component
     * @param financial the {@code financial} component
     * @param publicInfrastructure the {@code publicInfrastructure} component
     * @param businessPartner the {@code businessPartner} component
     * @param confidential the {@code confidential} component
     * @param forms the {@code forms} component
     * @param protection the {@code protection} component
     */
    public InformationAsset(Optional<String> description, Optional<Owner> owner, PersonalData personal,
            Answer financial, Answer publicInfrastructure, Answer businessPartner, Answer confidential,
            Optional<List<InformationForm>> forms, Protection protection) {
        this(description, owner, personal, financial, publicInfrastructure, businessPartner, confidential, forms,
                protection, Answer.UNKNOWN, Answer.UNKNOWN, Optional.empty(), Answer.UNKNOWN, Answer.UNKNOWN);
    }

    /**
     * A builder with every answer unknown.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link InformationAsset}: set what is known, leave the rest unknown. */
    public static final class Builder {
        private String description;
        private Owner owner;
        private PersonalData personal = PersonalData.unknown();
        private Answer financial = Answer.UNKNOWN;
        private Answer publicInfrastructure = Answer.UNKNOWN;
        private Answer businessPartner = Answer.UNKNOWN;
        private Answer confidential = Answer.UNKNOWN;
        private List<InformationForm> forms;
        private Protection protection = Protection.unknown();
        private Answer recoveredUnseen = Answer.UNKNOWN;
        private Answer restorableCopy = Answer.UNKNOWN;
        private List<FinancialKind> financialKinds;
        private Answer publiclyViewable = Answer.UNKNOWN;
        private Answer communicationsSecrecy = Answer.UNKNOWN;

        private Builder() {
        }

        /**
         * Sets {@link InformationAsset#description()}.
         *
         * @param value the value
         * @return this builder
         */
        public Builder description(String value) {
            this.description = value;
            return this;
        }

        /**
         * Sets {@link InformationAsset#owner()}.
         *
         * @param value the value
         * @return this builder
         */
        public Builder owner(Owner value) {
            this.owner = value;
            return this;
        }

        /**
         * Sets {@link InformationAsset#personal()}.
         *
         * @param value the value
         * @return this builder
         */
        public Builder personal(PersonalData value) {
            this.personal = value;
            return this;
        }

        /**
         * Sets {@link InformationAsset#financial()}.
         *
         * @param value the value
         * @return this builder
         */
        public Builder financial(Answer value) {
            this.financial = value;
            return this;
        }

        /**
         * Sets {@link InformationAsset#publicInfrastructure()}.
         *
         * @param value the value
         * @return this builder
         */
        public Builder publicInfrastructure(Answer value) {
            this.publicInfrastructure = value;
            return this;
        }

        /**
         * Sets {@link InformationAsset#businessPartner()}.
         *
         * @param value the value
         * @return this builder
         */
        public Builder businessPartner(Answer value) {
            this.businessPartner = value;
            return this;
        }

        /**
         * Sets {@link InformationAsset#confidential()}.
         *
         * @param value the value
         * @return this builder
         */
        public Builder confidential(Answer value) {
            this.confidential = value;
            return this;
        }

        /**
         * Sets {@link InformationAsset#forms()}.
         *
         * @param value the value
         * @return this builder
         */
        public Builder forms(List<InformationForm> value) {
            this.forms = value;
            return this;
        }

        /**
         * Sets {@link InformationAsset#protection()}.
         *
         * @param value the value
         * @return this builder
         */
        public Builder protection(Protection value) {
            this.protection = value;
            return this;
        }

        /**
         * 第三者に閲覧される前に、すべて回収（または削除）できたか.
         *
         * @param value the value
         * @return this builder
         */
        public Builder recoveredUnseen(Answer value) {
            this.recoveredUnseen = value;
            return this;
        }

        /**
         * 同じデータが他に保管されていて、復元できるか.
         *
         * @param value the value
         * @return this builder
         */
        public Builder restorableCopy(Answer value) {
            this.restorableCopy = value;
            return this;
        }

        /**
         * 金融情報の種類（カード・銀行口座・その他）.
         *
         * @param value the kinds of financial data
         * @return this builder
         */
        public Builder financialKinds(List<FinancialKind> value) {
            this.financialKinds = value;
            return this;
        }

        /**
         * Sets {@link InformationAsset#publiclyViewable()}.
         *
         * @param value the value
         * @return this builder
         */
        public Builder publiclyViewable(Answer value) {
            this.publiclyViewable = value;
            return this;
        }

        /**
         * Sets {@link InformationAsset#communicationsSecrecy()}.
         *
         * @param value the value
         * @return this builder
         */
        public Builder communicationsSecrecy(Answer value) {
            this.communicationsSecrecy = value;
            return this;
        }

        /**
         * Builds the InformationAsset; what was not set is unknown.
         *
         * @return the InformationAsset
         */
        public InformationAsset build() {
            return new InformationAsset(Optional.ofNullable(description), Optional.ofNullable(owner), personal,
                    financial, publicInfrastructure, businessPartner, confidential, Optional.ofNullable(forms),
                    protection, recoveredUnseen, restorableCopy, Optional.ofNullable(financialKinds), publiclyViewable,
                    communicationsSecrecy);
        }
    }
}
