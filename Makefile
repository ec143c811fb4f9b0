# gocafe - a Go concurrency simulator and teaching REPL.
# `make run` and `make test` do all set-up on a fresh Debian machine (via `make deps`).
#
#   make            build ./gocafe (objects under build/)
#   make run        build, then open gocafe
#   make test       unit tests + Go corpus (tests/go) + TUI smoke test; one summary line
#   make unit       only the cmocka unit tests      make corpus   only the Go corpus
#   make goldens    regenerate tests/go goldens with real Go (CORPUS="a b" for some)
#   make sanitize   the whole suite under -fsanitize=address,undefined (gcc; build-san/)
#   make fuzz       libFuzzer targets tests/fuzz/fuzz_*.c (clang), FUZZ_SECONDS each
#   make bench      tests/bench/*.go in gocafe, compiled Go and yaegi: time, memory, ratios
#   make install    PREFIX=/usr/local DESTDIR= : binary, lessons, man page
#   make clean

CC      ?= cc
PREFIX  ?= /usr/local
DESTDIR ?=
BUILD   := build
GOCAFE  := gocafe
PKGS    := ncursesw readline cmocka
CSTD    := -std=c11 -D_GNU_SOURCE
WARN    := -Wall -Wextra -Werror -Wno-unused-parameter
OPT     ?= -O2 -g
CFLAGS  += $(CSTD) $(WARN) $(OPT) -Isim -I$(BUILD)/gen
PKG_CFLAGS = $(shell pkg-config --cflags ncursesw readline 2>/dev/null)
PKG_LIBS   = $(shell pkg-config --libs ncursesw readline 2>/dev/null || echo -lncursesw -lreadline)
CMOCKA_LIBS = $(shell pkg-config --libs cmocka 2>/dev/null || echo -lcmocka)
LDLIBS  += -lm

SIM_SRC := $(wildcard sim/*.c)
UI_SRC  := $(wildcard ui/*.c)
LIB_GO  := $(wildcard sim/lib/*.go)
GEN_SRC := $(BUILD)/gen/libsrc.c
SIM_OBJ := $(SIM_SRC:%.c=$(BUILD)/%.o) $(BUILD)/gen/libsrc.o
UI_OBJ  := $(UI_SRC:%.c=$(BUILD)/%.o)
UNIT_SRC := $(wildcard tests/unit/test_*.c)
UNIT_BIN := $(UNIT_SRC:tests/unit/%.c=$(BUILD)/tests/%)

# Sanitizer build: gcc has ASan and UBSan; UB aborts instead of printing and going on.
SAN_FLAGS := -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined

# Fuzzing: libFuzzer needs clang.  Each target runs FUZZ_SECONDS, seeded from tests/go.
FUZZ_CC      ?= clang
FUZZ_SECONDS ?= 60
FUZZ_SRC     := $(wildcard tests/fuzz/fuzz_*.c)
FUZZ_BIN     := $(FUZZ_SRC:tests/fuzz/%.c=$(BUILD)/fuzz/%)

.PHONY: all deps run test unit corpus goldens sanitize fuzz fuzz-bins bench install uninstall clean

all: deps $(GOCAFE)

# Installs the Debian -dev packages when pkg-config cannot find them.
deps:
	@sh tests/deps.sh $(PKGS)

$(GOCAFE): $(SIM_OBJ) $(UI_OBJ)
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $^ $(PKG_LIBS) $(LDLIBS)

# Where the installed lessons are (ui/lesson_find.c; ./lessons next to the binary is tried too).
LESSONS_DIR := $(PREFIX)/share/gocafe/lessons

$(BUILD)/ui/%.o: ui/%.c
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) $(PKG_CFLAGS) -DGOCAFE_LESSONS_DIR='"$(LESSONS_DIR)"' -MMD -MP -c $< -o $@

$(BUILD)/sim/%.o: sim/%.c
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -MMD -MP -c $< -o $@

# Library packages written in Go are embedded as C strings.
$(GEN_SRC): $(LIB_GO) tests/embed.sh
	@mkdir -p $(dir $@)
	sh tests/embed.sh $(LIB_GO) > $@.tmp && mv $@.tmp $@

$(BUILD)/gen/libsrc.o: $(GEN_SRC)
	$(CC) $(CFLAGS) -c $< -o $@

run: all
	./$(GOCAFE)

# Unit tests #include the ui/ sources they test: -MMD makes them depend on those too.
$(BUILD)/tests/%: tests/unit/%.c $(SIM_OBJ)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) $(LDFLAGS) -MMD -MP -MF $@.d -o $@ $< $(SIM_OBJ) $(CMOCKA_LIBS) $(LDLIBS)

unit: deps $(UNIT_BIN)
	@bash tests/run_unit.sh $(UNIT_BIN)

# CORPUS="panic_index fmt_ints" runs only those programs of tests/go.
corpus: all
	@bash tests/run_corpus.sh ./$(GOCAFE) tests/go $(CORPUS)

# Regenerates the goldens of tests/go (all, or CORPUS=...) with real Go 1.19.
goldens:
	bash tests/gen_goldens.sh $(CORPUS:%=%.go)

# Builds what it can and tests that: a binary that does not build is removed (no
# stale binary is ever tested), so its tests fail clearly instead of stopping make.
test: deps
	@$(MAKE) --no-print-directory $(GOCAFE) || { rm -f $(GOCAFE); \
		echo "test: $(GOCAFE) did not build: every corpus case fails" >&2; }
	@for b in $(UNIT_BIN); do $(MAKE) --no-print-directory $$b || rm -f $$b; done
	@bash tests/run_all.sh ./$(GOCAFE) $(UNIT_BIN)

sanitize:
	$(MAKE) BUILD=build-san GOCAFE=build-san/gocafe OPT="-O1 -g $(SAN_FLAGS)" \
		LDFLAGS="$(SAN_FLAGS)" test

# libFuzzer targets over lexer + parser + checker + compiler (tests/fuzz/fuzz_*.c,
# each defining LLVMFuzzerTestOneInput).  Crashes land in build-fuzz/artifacts/.
fuzz: deps
	@if [ -z "$(FUZZ_SRC)" ]; then echo "fuzz: no tests/fuzz/fuzz_*.c yet" >&2; exit 1; fi
	$(MAKE) BUILD=build-fuzz CC=$(FUZZ_CC) WARN="-Wall -Wextra -Wno-unused-parameter" \
		OPT="-O1 -g -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer" \
		fuzz-bins
	bash tests/run_fuzz.sh $(FUZZ_SECONDS) build-fuzz $(FUZZ_SRC:tests/fuzz/%.c=build-fuzz/fuzz/%)

fuzz-bins: $(FUZZ_BIN)

$(BUILD)/fuzz/%: tests/fuzz/%.c $(SIM_OBJ)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -fsanitize=fuzzer,address,undefined -o $@ $^ $(LDLIBS)

# The rusage helper measures wall time and peak RSS of one command.
$(BUILD)/tests/rusage: tests/bench/rusage.c
	@mkdir -p $(dir $@)
	$(CC) $(CSTD) $(WARN) -O2 -o $@ $<

bench: all $(BUILD)/tests/rusage
	@bash tests/bench/run.sh ./$(GOCAFE) $(BUILD)/tests/rusage

install: all
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/gocafe/lessons \
		$(DESTDIR)$(PREFIX)/share/man/man1
	install -m 755 $(GOCAFE) $(DESTDIR)$(PREFIX)/bin/gocafe
	cp -R lessons/. $(DESTDIR)$(PREFIX)/share/gocafe/lessons/
	install -m 644 docs/gocafe.1 $(DESTDIR)$(PREFIX)/share/man/man1/gocafe.1

uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/gocafe $(DESTDIR)$(PREFIX)/share/man/man1/gocafe.1
	rm -rf $(DESTDIR)$(PREFIX)/share/gocafe

clean:
	rm -rf build build-san build-fuzz gocafe

-include $(SIM_OBJ:.o=.d) $(UI_OBJ:.o=.d) $(UNIT_BIN:=.d)
