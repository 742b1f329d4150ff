package dev.leakcheck.rules.internal.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leakcheck.rules.RulesDefinitionException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The APPI threshold of persons lives in one place, regimes.xlsx. The catalogue's old sheet 「設定」 that
 * also held it (ppc.personsThreshold) is gone from the bundled catalogue; an edited catalogue that
 * still has a row there is refused with the cell named and where the threshold now lives.
 */
@DisplayName("本人の数の基準は regimes.xlsx だけ: catalogue.xlsx の「設定」の行は拒否")
class RetiredSettingsTest {

    private static byte[] catalogueWithSettings(boolean withRow) throws IOException {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(RuleSources.bundled().file(Catalogue.FILE)))) {
            assertThat(workbook.getSheet("設定")).as("the bundled catalogue has no 設定 sheet").isNull();
            Sheet settings = workbook.createSheet("設定");
            settings.createRow(0).createCell(0).setCellValue("項目");
            settings.getRow(0).createCell(1).setCellValue("値");
            if (withRow) {
                settings.createRow(1).createCell(0).setCellValue("ppc.personsThreshold");
                settings.getRow(1).createCell(1).setCellValue(500);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void a_row_in_the_retired_sheet_is_refused_naming_the_cell_and_the_new_place() throws IOException {
        byte[] edited = catalogueWithSettings(true);

        assertThatThrownBy(() -> Catalogue.read(edited)).isInstanceOf(RulesDefinitionException.class)
                .hasMessageContaining("catalogue.xlsx").hasMessageContaining("設定").hasMessageContaining("A2")
                .hasMessageContaining("regimes.xlsx").hasMessageContaining("本人の数の基準");
    }

    @Test
    void an_empty_retired_sheet_is_harmless() throws IOException {
        assertThat(Catalogue.read(catalogueWithSettings(false)).actionCodes()).isNotEmpty();
    }
}
