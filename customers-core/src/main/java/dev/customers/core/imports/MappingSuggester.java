package dev.customers.core.imports;

import dev.customers.api.consent.ConsentPurpose;
import dev.customers.api.export.RosterColumn;
import dev.customers.api.fields.FieldDefinition;
import dev.customers.api.imports.ColumnMapping;
import dev.customers.api.imports.ImportMapping;
import dev.customers.api.imports.ImportTarget;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Suggests where columns go from their names: the SDK's own export headers, the names common
 * booking tools export (Mindbody, Glofox, Pike13, Acuity, Square, Excel address books), the obvious
 * names in English, German, French, Spanish, Italian, Dutch and Portuguese, and the organization's
 * fields (by key or label) and consent purposes (by key).
 */
final class MappingSuggester {
  private MappingSuggester() {}

  private static final Map<RosterColumn, Set<String>> NAMES =
      Map.of(
          RosterColumn.FIRST_NAME,
          Set.of(
              "firstname",
              "first",
              "givenname",
              "forename",
              "clientfirstname",
              "memberfirstname",
              "vorname",
              "prenom",
              "nombre",
              "nome",
              "voornaam",
              "primeironome"),
          RosterColumn.LAST_NAME,
          Set.of(
              "lastname",
              "last",
              "surname",
              "familyname",
              "clientlastname",
              "memberlastname",
              "nachname",
              "familienname",
              "nomdefamille",
              "apellido",
              "apellidos",
              "cognome",
              "achternaam",
              "sobrenome",
              "apelido"),
          RosterColumn.EMAIL,
          Set.of(
              "email",
              "emailaddress",
              "mail",
              "clientemail",
              "memberemail",
              "primaryemail",
              "courriel",
              "correo",
              "correoelectronico",
              "emailadres",
              "eposta",
              "emailadresse"),
          RosterColumn.PHONE,
          Set.of(
              "phone",
              "phonenumber",
              "mobile",
              "mobilephone",
              "mobilenumber",
              "cell",
              "cellphone",
              "telephone",
              "tel",
              "telefon",
              "telefono",
              "telefone",
              "telefoon",
              "handy",
              "portable",
              "movil",
              "cellulare",
              "homephone"),
          RosterColumn.BIRTHDAY,
          Set.of(
              "birthday",
              "birthdate",
              "dateofbirth",
              "dob",
              "born",
              "geburtstag",
              "geburtsdatum",
              "datedenaissance",
              "naissance",
              "fechadenacimiento",
              "cumpleanos",
              "datadinascita",
              "geboortedatum",
              "datadenascimento",
              "aniversario"),
          RosterColumn.USERNAME,
          Set.of("username", "login", "benutzername", "usuario", "nomdutilisateur"));

  private static final Set<String> TAGS =
      Set.of("tags", "tag", "labels", "label", "groups", "schlagworte", "etiquetas", "etiquettes");

  private static final Set<String> EXTERNAL_ID =
      Set.of(
          "externalid",
          "clientid",
          "memberid",
          "customerid",
          "customernumber",
          "clientnumber",
          "membernumber",
          "kundennummer",
          "mitgliedsnummer",
          "numeroclient",
          "idcliente",
          "id");

  static ImportMapping suggest(
      List<String> headers, List<FieldDefinition> fields, List<ConsentPurpose> purposes) {
    List<ColumnMapping> columns = new ArrayList<>();
    Set<ImportTarget> taken = new HashSet<>();
    Set<String> used = new HashSet<>();
    for (String header : headers) {
      if (header.isBlank() || !used.add(header.strip())) {
        continue;
      }
      ImportTarget target = target(header, fields, purposes);
      if (target != null && taken.add(target)) {
        columns.add(new ColumnMapping(header.strip(), target));
      }
    }
    return new ImportMapping(columns, List.of(ImportMapping.ISO_DATE));
  }

  private static @org.jspecify.annotations.Nullable ImportTarget target(
      String header, List<FieldDefinition> fields, List<ConsentPurpose> purposes) {
    String raw = header.strip();
    if (raw.startsWith("fields.")) {
      String key = raw.substring("fields.".length());
      for (FieldDefinition field : fields) {
        if (field.key().equals(key) && !field.archived()) {
          return ImportTarget.field(key);
        }
      }
    }
    if (raw.startsWith("consent.")) {
      String key = raw.substring("consent.".length());
      for (ConsentPurpose purpose : purposes) {
        if (purpose.key().equals(key)) {
          return ImportTarget.consent(key);
        }
      }
    }
    String name = simple(raw);
    for (Map.Entry<RosterColumn, Set<String>> detail : NAMES.entrySet()) {
      if (detail.getValue().contains(name)) {
        return ImportTarget.detail(detail.getKey());
      }
    }
    if (TAGS.contains(name)) {
      return ImportTarget.tags(";");
    }
    if (EXTERNAL_ID.contains(name)) {
      return ImportTarget.externalId();
    }
    for (FieldDefinition field : fields) {
      if (!field.archived()
          && (simple(field.key()).equals(name) || simple(field.spec().label()).equals(name))) {
        return ImportTarget.field(field.key());
      }
    }
    for (ConsentPurpose purpose : purposes) {
      if (simple(purpose.key()).equals(name)) {
        return ImportTarget.consent(purpose.key());
      }
    }
    return null;
  }

  /** Lower case, without accents, spaces, punctuation or a leading "customer"/"client". */
  static String simple(String text) {
    String plain =
        Normalizer.normalize(text, Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT)
            .replace("ß", "ss")
            .replaceAll("[^a-z0-9]", "");
    return plain.isEmpty() ? text.toLowerCase(Locale.ROOT) : plain;
  }
}
