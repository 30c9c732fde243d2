package dev.customers.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.customers.api.ValidationException;
import dev.customers.api.export.ExportRequest;
import dev.customers.api.fields.FieldSpec;
import dev.customers.api.fields.FieldType;
import dev.customers.api.fields.FieldValues;
import dev.customers.api.roster.CustomerDetails;
import dev.customers.api.roster.CustomerProfile;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Any text the roster stores comes back out of a CSV export exactly, read by a standard CSV parser:
 * quotes, commas, semicolons, line breaks and leading formula characters included. A cell the
 * export neutralised starts with {@code '} followed by a formula character or another {@code '},
 * and stripping that one {@code '} gives back the stored text.
 */
class ExportCsvPropertyTest {
  private TestCustomers t;

  @BeforeProperty
  void start() {
    t = TestCustomers.inMemory();
    t.sdk().fields().define(t.admin(), FieldSpec.of("notes", "Notes", FieldType.TEXTAREA));
  }

  @AfterProperty
  void stop() {
    t.close();
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.strings()
        .withChars("aZé\"',;=+-@ |\t")
        .withChars('\n', '\r', 'ß')
        .ofMinLength(1)
        .ofMaxLength(40);
  }

  @Property(tries = 300)
  void storedText_comesBackExactly_afterNeutralisingOnlyFormulas(
      @ForAll("texts") String first, @ForAll("texts") String notes) throws IOException {
    CustomerProfile customer;
    try {
      customer = t.roster().add(t.staff(), CustomerDetails.of(first, "Csv"));
    } catch (ValidationException refused) {
      return; // text a name may not hold (a line break, or nothing once trimmed) is refused
    }
    t.sdk().fields().setValues(t.admin(), customer.id(), FieldValues.of("notes", notes));
    String storedFirst = t.roster().profile(t.staff(), customer.id()).person().firstName();
    String storedNotes =
        t.sdk().fields().values(t.staff(), customer.id()).stream()
            .findFirst()
            .map(v -> v.values().get(0))
            .orElse("");
    StringWriter out = new StringWriter();
    t.sdk()
        .export()
        .exportRoster(
            t.staff(), ExportRequest.csv().withColumns("id", "firstName", "fields.notes"), out);
    List<CSVRecord> rows =
        CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(out.toString()))
            .getRecords();
    CSVRecord row =
        rows.stream()
            .filter(r -> r.get("id").equals(customer.id().toString()))
            .findFirst()
            .orElseThrow();
    assertThat(restored(row.get("firstName"))).isEqualTo(storedFirst);
    assertThat(restored(row.get("fields.notes"))).isEqualTo(storedNotes);
  }

  /** What an import does with a neutralised cell. */
  private static String restored(String cell) {
    boolean neutralised =
        cell.length() > 1 && cell.charAt(0) == '\'' && "=+-@\t\r'".indexOf(cell.charAt(1)) >= 0;
    return neutralised ? cell.substring(1) : cell;
  }
}
