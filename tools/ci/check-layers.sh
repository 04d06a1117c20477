#!/usr/bin/env bash
# The layering of DESIGN.md §2 and the Qt idioms we hold ourselves to, checked on the source tree.
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
app_files=$(find app -name '*.cpp' | grep -v '/main.cpp$')
[ -n "$app_files" ] && complain "app/ holds only main.cpp: $app_files"
big=$(find common core ui server app -name '*.cpp' -o -name '*.h' | xargs wc -l | awk '$2!="total" && $1>600 {print $2" ("$1")"}')
[ -n "$big" ] && complain "files over 600 lines: $big"
[ $status = 0 ] && echo "layers and idioms: clean"
exit $status
