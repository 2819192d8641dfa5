// lang_cld2.cc -- which language an article is in, from Compact Language
// Detector 2 (Debian's libcld2: tables compiled into the library, no data
// files, no network). The one C++ file of the project: CLD2 has no C API.
#include <cstdio>   // before CLD2's header, which uses FILE without it
#include <cstring>

#include <cld2/public/compact_lang_det.h>

namespace CLD2 {
const char *LanguageCode(Language lang);
}

extern "C" bool ng_detect_language(const char *text, size_t len, char out[16], bool *reliable);

extern "C" bool ng_detect_language(const char *text, size_t len, char out[16], bool *reliable)
{
    // the first 64 KB say it; CLD2 takes an int length
    int n = len > 65536 ? 65536 : (int)len;
    while (n > 0 && n < (int)len && (text[n] & 0xC0) == 0x80)
        n--;   // do not cut a UTF-8 sequence
    bool sure = false;
    int valid = 0;
    CLD2::Language lang = CLD2::DetectLanguageCheckUTF8(text, n, true, &sure, &valid);
    *reliable = sure;
    if (lang == CLD2::UNKNOWN_LANGUAGE)
        return false;
    const char *code = CLD2::LanguageCode(lang);
    if (!code || !*code || std::strcmp(code, "un") == 0)
        return false;
    std::snprintf(out, 16, "%s", code);
    return true;
}
