/// The OpenAPI 3.1 description of the JSON API, served at `/openapi.json`. Hand-written and
/// kept beside the routes (`APIController`); `OpenAPITests` checks that it parses and names
/// every route.
enum OpenAPIDocument {
    static let json = #"""
    {
      "openapi": "3.1.0",
      "info": {
        "title": "Kommunesøk API",
        "version": "1.0.0",
        "description": "Søk i dokumenter fra kommunesammenslåinger. Lesing er åpen; POST og DELETE krever «Authorization: Bearer <nøkkel>». Feil har formen {\"error\": {\"code\", \"message\", \"position\"?}} med norsk melding."
      },
      "components": {
        "securitySchemes": { "bearer": { "type": "http", "scheme": "bearer" } },
        "parameters": {
          "id": { "name": "id", "in": "path", "required": true, "schema": { "type": "integer", "minimum": 1 } }
        },
        "schemas": {
          "Error": {
            "type": "object", "required": ["error"],
            "properties": { "error": { "type": "object", "required": ["code", "message"], "properties": {
              "code": { "type": "string", "examples": ["query", "query_too_expensive", "bad_request", "unauthorized", "not_found", "too_large", "unsupported_media_type", "unprocessable", "locked", "timeout", "internal"] },
              "message": { "type": "string" },
              "position": { "type": "integer", "description": "0-based character position in q (query errors)" } } } }
          },
          "Hit": {
            "type": "object",
            "required": ["id", "key", "title", "municipalities", "format", "snippet", "score"],
            "properties": {
              "id": { "type": "integer" }, "key": { "type": "string" }, "title": { "type": "string" },
              "type": { "type": ["string", "null"] }, "municipalities": { "type": "array", "items": { "type": "string" } },
              "date": { "type": ["string", "null"] }, "format": { "type": "string" },
              "page": { "type": ["integer", "null"] },
              "snippet": { "type": "string", "description": "HTML: text escaped, matches in <mark>" },
              "score": { "type": "number" },
              "alsoSharedBy": { "type": "array", "description": "Nesten like dokumenter samlet under dette treffet («også delt av»), best rangert først; tom med group=false",
                "items": { "type": "object", "required": ["id", "title"], "properties": {
                  "id": { "type": "integer" }, "title": { "type": "string" }, "municipality": { "type": ["string", "null"] } } } }
            }
          },
          "FacetValues": { "type": "array", "items": { "type": "object", "properties": {
            "value": { "type": "string", "description": "Indeksert verdi (små bokstaver), slik filtrene tar den" },
            "label": { "type": "string", "description": "Verdien til visning; kommunenavn slik de er skrevet i dokumentene" },
            "count": { "type": "integer" } } } },
          "SearchResponse": {
            "type": "object",
            "properties": {
              "query": { "type": "string" },
              "filters": { "type": "object", "properties": { "type": { "type": "array", "items": { "type": "string" } }, "kommune": { "type": "array", "items": { "type": "string" } }, "fra": { "type": ["string", "null"] }, "til": { "type": ["string", "null"] } } },
              "sort": { "enum": ["relevans", "dato"] },
              "group": { "type": "boolean", "description": "Om nesten like dokumenter ble samlet under det beste treffet" },
              "page": { "type": "integer" }, "pageSize": { "type": "integer" }, "pageCount": { "type": "integer" },
              "total": { "type": "integer" }, "totalIsExact": { "type": "boolean" },
              "timeMs": { "type": "number" },
              "notes": { "type": "array", "items": { "type": "string" } },
              "hits": { "type": "array", "items": { "$ref": "#/components/schemas/Hit" } },
              "facets": { "type": "object", "properties": {
                "type": { "$ref": "#/components/schemas/FacetValues" }, "kommune": { "$ref": "#/components/schemas/FacetValues" },
                "år": { "$ref": "#/components/schemas/FacetValues" }, "format": { "$ref": "#/components/schemas/FacetValues" } } },
              "facetsExact": { "type": "boolean" },
              "folded": { "type": "integer", "description": "Nesten like dokumenter samlet under et høyere treff (0 med group=false)" },
              "suggestion": { "type": "string", "description": "«Mente du …?» – bare ved få treff" }
            }
          },
          "Document": {
            "type": "object",
            "properties": {
              "id": { "type": "integer" }, "key": { "type": "string" }, "title": { "type": "string" },
              "type": { "type": ["string", "null"] }, "municipalities": { "type": "array", "items": { "type": "string" } },
              "date": { "type": ["string", "null"] }, "author": { "type": ["string", "null"] },
              "created": { "type": ["string", "null"] }, "modified": { "type": ["string", "null"] },
              "language": { "type": ["string", "null"] }, "format": { "type": "string" },
              "byteSize": { "type": "integer" }, "pageCount": { "type": ["integer", "null"] },
              "hasOriginalFile": { "type": "boolean" }, "indexedAt": { "type": "string" },
              "extra": { "type": "object", "additionalProperties": { "type": "string" } },
              "text": { "type": "string" }
            }
          },
          "UploadResponse": {
            "type": "object",
            "properties": {
              "results": { "type": "array", "items": { "type": "object", "properties": {
                "fileName": { "type": "string" }, "key": { "type": "string" },
                "status": { "enum": ["indexed", "replaced", "unchanged", "unsupported", "failed"] },
                "id": { "type": ["integer", "null"] }, "message": { "type": ["string", "null"] },
                "warnings": { "type": "array", "items": { "type": "string" } } } } },
              "generation": { "type": "integer" }
            }
          }
        },
        "responses": {
          "Error": { "description": "Feil", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Error" } } } }
        }
      },
      "paths": {
        "/healthz": { "get": { "summary": "Liveness", "responses": { "200": { "description": "OK", "content": { "application/json": { "schema": { "type": "object", "properties": { "status": { "const": "ok" }, "documents": { "type": "integer" }, "generation": { "type": "integer" } } } } } } } } },
        "/api/search": { "get": {
          "summary": "Søk",
          "parameters": [
            { "name": "q", "in": "query", "schema": { "type": "string" }, "description": "Søketekst i spørrespråket (ord, \"fraser\", type:, kommune:, dato:, +/-, OG/ELLER/IKKE, kommun*, ord~)" },
            { "name": "type", "in": "query", "schema": { "type": "string" }, "description": "Dokumenttype; kan gjentas (ELLER)" },
            { "name": "kommune", "in": "query", "schema": { "type": "string" }, "description": "Kommune; kan gjentas (ELLER)" },
            { "name": "fra", "in": "query", "schema": { "type": "string" }, "description": "Fra dato: 2017, 2017-03 eller 2017-03-12" },
            { "name": "til", "in": "query", "schema": { "type": "string" }, "description": "Til dato (inklusive)" },
            { "name": "side", "in": "query", "schema": { "type": "integer", "minimum": 1, "maximum": 1000, "default": 1 } },
            { "name": "sorter", "in": "query", "schema": { "enum": ["relevans", "dato", "relevance", "date"], "default": "relevans" }, "description": "dato: nyeste først, udaterte sist (de 1000 beste treffene)" },
            { "name": "group", "in": "query", "schema": { "type": "boolean", "default": true }, "description": "Samle nesten like dokumenter under det beste treffet (alsoSharedBy); false viser dem hver for seg" }
          ],
          "responses": { "200": { "description": "Treff", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/SearchResponse" } } } }, "400": { "$ref": "#/components/responses/Error" }, "503": { "$ref": "#/components/responses/Error" } } } },
        "/api/documents": { "post": {
          "summary": "Last opp dokumenter (én commit)",
          "security": [{ "bearer": [] }],
          "requestBody": { "required": true, "content": { "multipart/form-data": { "schema": { "type": "object", "properties": {
            "filer": { "type": "array", "items": { "type": "string", "contentMediaType": "application/octet-stream" } },
            "kommune": { "type": "string", "description": "Kommuner, kommaseparert" },
            "type": { "enum": ["reglement", "prosjektplan", "sak", "protokoll", "kommunikasjonsplan", "høringsuttalelse", "utredning", "forum", "annet"] },
            "tittel": { "type": "string", "description": "Tittel (bare ved én fil)" } } } } } },
          "responses": {
            "201": { "description": "Lagret (varig) – resultat per fil", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/UploadResponse" } } } },
            "400": { "$ref": "#/components/responses/Error" }, "401": { "$ref": "#/components/responses/Error" },
            "413": { "$ref": "#/components/responses/Error" }, "415": { "$ref": "#/components/responses/Error" },
            "422": { "$ref": "#/components/responses/Error" }, "503": { "$ref": "#/components/responses/Error" } } } },
        "/api/documents/{id}": {
          "get": { "summary": "Metadata og tekst", "parameters": [{ "$ref": "#/components/parameters/id" }],
            "responses": { "200": { "description": "Dokumentet", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Document" } } } }, "404": { "$ref": "#/components/responses/Error" } } },
          "delete": { "summary": "Slett", "security": [{ "bearer": [] }], "parameters": [{ "$ref": "#/components/parameters/id" }],
            "responses": { "200": { "description": "Slettet", "content": { "application/json": { "schema": { "type": "object", "properties": { "id": { "type": "integer" }, "deleted": { "type": "boolean" } } } } } }, "401": { "$ref": "#/components/responses/Error" }, "404": { "$ref": "#/components/responses/Error" } } } },
        "/api/documents/{id}/file": { "get": { "summary": "Originalfilen (bare opplastede dokumenter)", "parameters": [{ "$ref": "#/components/parameters/id" }],
          "responses": { "200": { "description": "Filen, som nedlasting", "content": { "application/octet-stream": {} } }, "404": { "$ref": "#/components/responses/Error" } } } },
        "/api/documents/{id}/similar": { "get": { "summary": "Lignende saker", "parameters": [{ "$ref": "#/components/parameters/id" }],
          "responses": { "200": { "description": "Lignende dokumenter", "content": { "application/json": { "schema": { "type": "object", "properties": { "id": { "type": "integer" }, "terms": { "type": "array", "items": { "type": "string" } }, "hits": { "type": "array", "items": { "$ref": "#/components/schemas/Hit" } } } } } } }, "404": { "$ref": "#/components/responses/Error" } } } },
        "/api/backup": { "post": {
          "summary": "Sikkerhetskopi av indeksen til en ny eller tom mappe på serveren (mens søk og opplasting fortsetter)",
          "security": [{ "bearer": [] }],
          "requestBody": { "required": true, "content": { "application/json": { "schema": { "type": "object", "required": ["mappe"], "properties": {
            "mappe": { "type": "string", "description": "Absolutt sti til en ny eller tom mappe" } } } } } },
          "responses": {
            "201": { "description": "Kopien er skrevet og synkronisert til disk", "content": { "application/json": { "schema": { "type": "object", "properties": {
              "mappe": { "type": "string" }, "generation": { "type": "integer" }, "documents": { "type": "integer" }, "segmentFiles": { "type": "integer" },
              "linkedFiles": { "type": "integer" }, "copiedFiles": { "type": "integer" }, "segmentBytes": { "type": "integer" } } } } } },
            "400": { "$ref": "#/components/responses/Error" }, "401": { "$ref": "#/components/responses/Error" }, "500": { "$ref": "#/components/responses/Error" } } } },
        "/api/stats": { "get": { "summary": "Indeksstatistikk", "responses": { "200": { "description": "Statistikk", "content": { "application/json": { "schema": { "type": "object" } } } } } } },
        "/metrics": { "get": { "summary": "Prometheus-metrikker", "responses": { "200": { "description": "Tekstformat 0.0.4", "content": { "text/plain": {} } } } } },
        "/openapi.json": { "get": { "summary": "Dette dokumentet", "responses": { "200": { "description": "OpenAPI 3.1", "content": { "application/json": {} } } } } }
      }
    }
    """#
}
