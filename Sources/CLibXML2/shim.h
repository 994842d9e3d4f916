#include <libxml/xmlversion.h>
// ICU types clash with Foundation's when libxml2's ICU support is visible (RECIPES.md).
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
