#include "web/WebResponses.h"

namespace regiekamer::server::web {

// Contrast: text #1a1a1a and links #0b4f8a on white, white on #0b4f8a and #9b1c1c: all above 7:1 (WCAG AAA); the
// focus ring is 3 px and never removed.
QByteArray stylesheetBytes()
{
    return QByteArrayLiteral(R"css(*{box-sizing:border-box}
html{font-family:system-ui,"Segoe UI",Roboto,"Noto Sans",sans-serif;font-size:100%;line-height:1.5;color:#1a1a1a;background:#f4f5f7}
body{margin:0}
a{color:#0b4f8a}
a:focus,button:focus,input:focus,textarea:focus,select:focus,main:focus{outline:3px solid #b35c00;outline-offset:2px}
.skip{position:absolute;left:-10000px;top:0;background:#fff;padding:.5rem 1rem}
.skip:focus{left:1rem;top:1rem;z-index:1}
header{background:#0b4f8a;color:#fff;padding:.75rem 1.5rem;display:flex;flex-wrap:wrap;gap:1rem;align-items:center;justify-content:space-between}
header a{color:#fff}
.brand{font-weight:700;font-size:1.25rem;text-decoration:none}
nav ul{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:1rem}
nav a[aria-current=page]{font-weight:700;text-decoration-thickness:3px}
.tools{display:flex;gap:1rem;align-items:center}
.tools form{margin:0}
main{max-width:52rem;margin:1.5rem auto;padding:1.5rem;background:#fff;border-radius:.5rem;box-shadow:0 1px 3px rgba(0,0,0,.15)}
h1{font-size:1.75rem;margin-top:0}
h2{font-size:1.25rem;margin-top:2rem}
.field{margin:0 0 1rem}
label{display:block;font-weight:600;margin-bottom:.25rem}
.check label{display:inline;font-weight:400}
input[type=text],input[type=email],input[type=password],input[type=tel]{width:100%;max-width:30rem;padding:.5rem;font:inherit;border:2px solid #555;border-radius:.25rem}
input[aria-invalid=true]{border-color:#9b1c1c}
.hint{color:#444;font-size:.9rem;margin:.25rem 0 0}
.field-error{color:#9b1c1c;font-weight:600;margin:.25rem 0 0}
button{font:inherit;padding:.5rem 1.25rem;border-radius:.25rem;border:2px solid #0b4f8a;background:#0b4f8a;color:#fff;cursor:pointer}
button.secondary{background:#fff;color:#0b4f8a}
header button{background:#fff;color:#0b4f8a;border-color:#fff;padding:.25rem .75rem}
button.danger{background:#9b1c1c;border-color:#9b1c1c}
.errors{border:3px solid #9b1c1c;padding:1rem;margin-bottom:1.5rem;border-radius:.25rem}
.errors h2{margin-top:0;color:#9b1c1c}
.notice{border-left:6px solid #1d6b36;background:#eef7f0;padding:.75rem 1rem;margin-bottom:1.5rem}
table{border-collapse:collapse;width:100%}
th,td{text-align:left;padding:.4rem .5rem;border-bottom:1px solid #ccc;vertical-align:top}
th{background:#eef1f5}
td:first-child{white-space:nowrap}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1.5rem}
dt{font-weight:600}
dd{margin:0}
.actions{display:flex;gap:1rem;flex-wrap:wrap;align-items:center;margin-top:1.5rem}
)css");
}

} // namespace regiekamer::server::web
