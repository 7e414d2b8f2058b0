// The system's SQLite (Debian's libsqlite3-dev): one copy of the library in the process, so that every connection to a
// database file shares the same POSIX lock bookkeeping.
#include <sqlite3.h>

// SQLite keeps no count of the memory it uses (sqlite3_status, which tiepdan never reads), so its allocator takes no
// process-wide lock around every allocation. Takes effect only before the first connection is opened.
// (sqlite3_config is variadic, which Swift cannot call.)
static inline int tiepdan_sqlite_untracked_memory(void) { return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0); }
