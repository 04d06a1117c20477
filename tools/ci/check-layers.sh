#!/usr/bin/env bash
# The layering of docs/design.md §2 and the Qt idioms we hold ourselves to, checked on the source tree. The build
# itself refuses an include of a layer above (cmake/Layers.cmake); this catches what an include path cannot.
set -uo pipefail
cd "${1:-.}"
status=0
complain() { echo "FAIL: $*" >&2; status=1; }

hits=$(grep -rlE '#include <(QtWidgets/)?Q(Widget|Dialog|MainWindow|Application|MessageBox|LineEdit|PushButton)>' common core server 2>/dev/null)
[ -n "$hits" ] && complain "widgets used outside ui/ and app/: $hits"
hits=$(grep -rlE '#include <(QNetworkAccessManager|QSqlDatabase|QSqlQuery|QSslSocket|QWebSocket)>' ui app 2>/dev/null)
[ -n "$hits" ] && complain "network or SQL code in ui/ or app/: $hits"
hits=$(grep -rnE '\b(SIGNAL|SLOT)\(' common core ui server app tests --include='*.cpp' --include='*.h')
[ -n "$hits" ] && complain "string-based connect: $hits"
hits=$(grep -rn 'VerifyNone' common core ui server app --include='*.cpp' --include='*.h')
[ -n "$hits" ] && complain "certificate checking switched off: $hits"
hits=$(grep -rn 'ignoreSslErrors()' common core ui server app --include='*.cpp' --include='*.h')
[ -n "$hits" ] && complain "every certificate error ignored (ignore only those CertificateCheck::verdict accepted): $hits"
hits=$(grep -rnE '#include "\.\./' common core ui server app --include='*.cpp' --include='*.h')
[ -n "$hits" ] && complain "includes that climb out of their folder (qualify them by folder instead): $hits"
headers=$(find common core ui server -name '*.h' -printf '%f\n' | sort -u | tr '\n' '|' | sed 's/|$//; s/\./\\./g')
hits=$(grep -rnE "#include \"($headers)\"" common core ui server app --include='*.cpp' --include='*.h')
[ -n "$hits" ] && complain "project headers included without their folder: $hits"
hits=$(grep -rlE '\b(SELECT|INSERT INTO|UPDATE [a-z_]+ SET|DELETE FROM|CREATE TABLE)\b|QSqlQuery' server/http server/cli server/app \
    --include='*.cpp' --include='*.h')
[ -n "$hits" ] && complain "SQL outside the storage-side folders (db, keys, audit, storage, backup, mail, auth): $hits"
app_files=$(find app -name '*.cpp' | grep -v '/main.cpp$')
[ -n "$app_files" ] && complain "app/ holds only main.cpp: $app_files"
big=$(find common core ui server app -name '*.cpp' -o -name '*.h' | xargs wc -l | awk '$2!="total" && $1>600 {print $2" ("$1")"}')
[ -n "$big" ] && complain "files over 600 lines: $big"
[ $status = 0 ] && echo "layers and idioms: clean"
exit $status
