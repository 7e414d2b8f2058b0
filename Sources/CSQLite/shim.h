// The system's SQLite (Debian's libsqlite3-dev): one copy of the library in the process, so that every connection to a
// database file shares the same POSIX lock bookkeeping.
#include <sqlite3.h>
