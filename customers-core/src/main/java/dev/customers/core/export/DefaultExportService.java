package dev.customers.core.export;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.customers.api.Caller;
import dev.customers.api.CustomerId;
import dev.customers.api.FieldId;
import dev.customers.api.Page;
import dev.customers.api.PageRequest;
import dev.customers.api.StaffRole;
import dev.customers.api.export.ExportFormat;
import dev.customers.api.export.ExportRequest;
import dev.customers.api.export.ExportService;
import dev.customers.api.export.ExportSummary;
import dev.customers.api.export.RosterColumn;
import dev.customers.api.fields.FieldDefinition;
import dev.customers.api.fields.FieldType;
import dev.customers.api.org.Organization;
import dev.customers.api.roster.CustomerQuery;
import dev.customers.api.roster.Person;
import dev.customers.api.roster.RosterEntry;
import dev.customers.api.spi.StoreSession;
import dev.customers.api.spi.StoredFieldValue;
import dev.customers.api.tags.Tag;
import dev.customers.core.internal.FieldReads;
import dev.customers.core.internal.Lookups;
import dev.customers.core.internal.Permissions;
import dev.customers.core.internal.Transactions;
import dev.customers.core.roster.RosterPages;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

/**
 * Streams the roster page by page: each page of 500 customers, with their field values and tags, is
 * read in one transaction and written after it ends, so neither the storage nor memory is held by
 * the size of the roster or the speed of the writer.
 */
final class DefaultExportService implements ExportService {
  private static final String MANY = "; ";

  private final Transactions transactions;

  @Inject
  DefaultExportService(Transactions transactions) {
    this.transactions = transactions;
  }

  /** One page: the customers' cells in column order, and where the next page starts. */
  private record Batch(
      List<ExportColumns.Column> columns,
      List<List<@Nullable Object>> rows,
      @Nullable String next) {}

  @Override
  public ExportSummary exportRoster(Caller caller, ExportRequest request, Writer out)
      throws IOException {
    requireNonNull(request, "request");
    requireNonNull(out, "out");
    CustomerQuery query =
        CustomerQuery.active()
            .withStatus(request.status())
            .withFilter(request.filter())
            .withLimit(PageRequest.MAX_LIMIT);
    Batch batch =
        transactions.read(
            caller,
            (org, session, permissions) -> page(org, session, permissions, request, null, query));
    Rows rows =
        request.format() == ExportFormat.CSV
            ? new CsvRows(out, batch.columns())
            : new JsonRows(out, batch.columns());
    long count = 0;
    while (true) {
      for (List<@Nullable Object> row : batch.rows()) {
        rows.write(row);
        count++;
      }
      out.flush();
      String next = batch.next();
      if (next == null) {
        break;
      }
      List<ExportColumns.Column> columns = batch.columns();
      batch =
          transactions.read(
              caller,
              (org, session, permissions) ->
                  page(org, session, permissions, request, columns, query.after(next)));
    }
    rows.finish();
    out.flush();
    return new ExportSummary(
        count, batch.columns().stream().map(ExportColumns.Column::name).toList());
  }

  @Override
  public void exportPerson(Caller caller, CustomerId customer, Writer out) throws IOException {
    requireNonNull(customer, "customer");
    requireNonNull(out, "out");
    ObjectNode document =
        transactions.read(
            caller,
            (org, session, permissions) -> {
              permissions.requireStaff(
                  StaffRole.ADMIN, "export the personal data of customer " + customer);
              RosterEntry entry = Lookups.customer(session, org.id(), customer);
              return PersonalData.of(session, org, entry, transactions.now());
            });
    PersonalData.write(document, out);
    out.flush();
  }

  private Batch page(
      Organization org,
      StoreSession session,
      Permissions permissions,
      ExportRequest request,
      @Nullable List<ExportColumns.Column> known,
      CustomerQuery query) {
    Page<RosterEntry> page =
        RosterPages.list(session, org.id(), permissions, transactions.now(), query);
    List<ExportColumns.Column> columns = known;
    if (columns == null) {
      List<FieldDefinition> visible =
          session.fields().definitions(org.id()).stream()
              .filter(f -> permissions.canView(f, null))
              .sorted(Comparator.comparingInt(FieldDefinition::position))
              .toList();
      columns = ExportColumns.resolve(request.columns(), visible);
    }
    boolean fields = columns.stream().anyMatch(c -> c.field() != null);
    boolean tags = columns.stream().anyMatch(c -> c.roster() == RosterColumn.TAGS);
    Map<FieldId, Map<UUID, List<String>>> values = new HashMap<>();
    if (fields && !page.items().isEmpty()) {
      List<UUID> owners = new ArrayList<>();
      for (RosterEntry entry : page.items()) {
        owners.add(entry.id().value());
        owners.add(entry.person().id().value());
      }
      for (StoredFieldValue value : session.fields().values(org.id(), owners)) {
        values
            .computeIfAbsent(value.field(), f -> new HashMap<>())
            .put(value.owner(), value.values());
      }
    }
    Map<CustomerId, List<Tag>> tagsOf =
        tags && !page.items().isEmpty()
            ? session
                .tags()
                .tagsOfAll(org.id(), page.items().stream().map(RosterEntry::id).toList())
            : Map.of();
    List<List<@Nullable Object>> rows = new ArrayList<>();
    for (RosterEntry entry : page.items()) {
      List<@Nullable Object> row = new ArrayList<>();
      for (ExportColumns.Column column : columns) {
        FieldDefinition field = column.field();
        RosterColumn roster = column.roster();
        if (field != null) {
          List<String> held =
              values.getOrDefault(field.id(), Map.of()).get(FieldReads.owner(field, entry));
          row.add(
              held == null ? null : field.type() == FieldType.MULTIPLE_CHOICE ? held : held.get(0));
        } else if (roster == RosterColumn.TAGS) {
          row.add(tagsOf.getOrDefault(entry.id(), List.of()).stream().map(Tag::name).toList());
        } else if (roster != null) {
          row.add(cell(roster, entry));
        }
      }
      rows.add(row);
    }
    return new Batch(columns, rows, page.nextCursor());
  }

  private static @Nullable String cell(RosterColumn column, RosterEntry entry) {
    Person person = entry.person();
    return switch (column) {
      case ID -> entry.id().toString();
      case FIRST_NAME -> person.firstName();
      case LAST_NAME -> person.lastName();
      case EMAIL -> person.email() == null ? null : person.email().value();
      case PHONE -> person.phone();
      case BIRTHDAY -> person.birthday() == null ? null : person.birthday().toString();
      case USERNAME -> person.username();
      case STATUS -> entry.customer().status().name();
      case JOINED_ON -> entry.customer().joinedOn().toString();
      case TAGS -> null;
    };
  }

  /** Writes rows in one format. */
  private interface Rows {
    void write(List<@Nullable Object> row) throws IOException;

    void finish() throws IOException;
  }

  private static final class CsvRows implements Rows {
    private final CSVPrinter printer;

    CsvRows(Writer out, List<ExportColumns.Column> columns) throws IOException {
      printer =
          new CSVPrinter(
              out,
              CSVFormat.DEFAULT
                  .builder()
                  .setHeader(
                      columns.stream().map(ExportColumns.Column::name).toArray(String[]::new))
                  .get());
    }

    @Override
    public void write(List<@Nullable Object> row) throws IOException {
      List<String> cells = new ArrayList<>(row.size());
      for (Object cell : row) {
        String text =
            cell == null
                ? ""
                : cell instanceof List<?> list
                    ? String.join(MANY, list.stream().map(String::valueOf).toList())
                    : cell.toString();
        cells.add(CsvCells.neutralised(text));
      }
      printer.printRecord(cells);
    }

    @Override
    public void finish() throws IOException {
      printer.flush();
    }
  }

  private static final class JsonRows implements Rows {
    private final JsonGenerator json;
    private final List<ExportColumns.Column> columns;

    JsonRows(Writer out, List<ExportColumns.Column> columns) throws IOException {
      this.columns = columns;
      json =
          JsonFactory.builder()
              .disable(com.fasterxml.jackson.core.StreamWriteFeature.AUTO_CLOSE_TARGET)
              .build()
              .createGenerator(out);
      json.writeStartArray();
    }

    @Override
    public void write(List<@Nullable Object> row) throws IOException {
      json.writeStartObject();
      boolean anyField = false;
      for (int i = 0; i < columns.size(); i++) {
        if (columns.get(i).field() == null) {
          value(columns.get(i).name(), row.get(i));
        } else {
          anyField = true;
        }
      }
      if (anyField) {
        json.writeObjectFieldStart("fields");
        for (int i = 0; i < columns.size(); i++) {
          FieldDefinition field = columns.get(i).field();
          if (field != null) {
            value(field.key(), row.get(i));
          }
        }
        json.writeEndObject();
      }
      json.writeEndObject();
    }

    private void value(String name, @Nullable Object value) throws IOException {
      json.writeFieldName(name);
      if (value == null) {
        json.writeNull();
      } else if (value instanceof List<?> list) {
        json.writeStartArray();
        for (Object item : list) {
          json.writeString(String.valueOf(item));
        }
        json.writeEndArray();
      } else {
        json.writeString(value.toString());
      }
    }

    @Override
    public void finish() throws IOException {
      json.writeEndArray();
      json.flush();
    }
  }
}
