#!/usr/bin/env bash
# lessons_check.sh [GOCAFE] [LESSON.md ...] - check the course (docs/LESSONS.md).
#
# For every lesson (default: lessons/*.md next to this script's repo):
#  - every directive parses; a malformed one is reported as `file:line: message`;
#  - every `program` compiles and runs in `GOCAFE run` (as main.go in a scratch
#    directory) with the exit status it declares (default 0), and every
#    `output` / `stderr` block shown for it (under its seed) is what gocafe prints
#    (stdout exactly; stderr: the block's lines are the first lines of stderr,
#    both sides through tests/normalize.sh, gocafe's scratch directory removed);
#  - every `run until` / `expect` checkpoint holds on gocafe's event log
#    (`--trace`, docs/TRACE.md), for the conditions the log can show;
#  - every `ask` has exactly one right choice;
#  - every `exercise`: its starting code FAILS at least one of its checks and
#    its reference solution (lessons/solutions/...) passes all of them.
# When `go` is on PATH (and LESSONS_GO is not 0), each program and each
# reference solution is also built with Go and run with GOMAXPROCS=1: same exit
# status, same stdout (for a program marked `varies`: one of the outputs the
# lesson shows for it), same first stderr lines (without gocafe's own
# "gocafe:" lines).  Programs marked go=1.22 are skipped when Go is older.
# Output: one line per failure, then "lessons: P/N programs ok".  Exit 0 iff
# every program and check passed and no lesson is malformed.
set -u
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
gocafe=${1:-$root/gocafe}
[ $# -gt 0 ] && shift
case "$gocafe" in /*) ;; *) gocafe="$PWD/$gocafe" ;; esac
if [ $# -eq 0 ]; then set -- "$root"/lessons/[0-9]*.md; fi
if [ ! -x "$gocafe" ]; then
    echo "lessons_check: $gocafe is missing or not executable (build it: make gocafe)"
    echo "lessons: 0/0 programs ok"
    exit 1
fi
usego=0
if [ "${LESSONS_GO:-1}" != 0 ] && command -v go >/dev/null 2>&1; then usego=1; fi
export LC_ALL=C
exec perl -x "$0" "$gocafe" "$usego" "$here/normalize.sh" "$@"
exit 1

#!perl
use strict;
use warnings;
use File::Temp qw(tempdir);
use File::Basename qw(dirname);

my ($gocafe, $usego, $normalize, @files) = @ARGV;
my $tmp = tempdir(CLEANUP => 1);
my $timeout = $ENV{LESSONS_TIMEOUT} || 20;
my ($nprog, $nok, $bad) = (0, 0, 0);
my $gominor = 0;
if ($usego) {
    my $v = `go env GOVERSION 2>/dev/null` || '';
    $gominor = $1 if $v =~ /^go1\.(\d+)/;
}

sub fail { my ($where, $msg) = @_; print "$where: $msg\n"; $bad++; }

# ---------- running ----------
sub slurp { my $f = shift; open(my $h, '<', $f) or return ''; local $/; my $s = <$h>; close $h; $s }
sub spit { my ($f, $s) = @_; open(my $h, '>', $f) or die "$f: $!"; print $h $s; close $h; }
sub norm_err {
    my ($s, $dir) = @_;
    $s =~ s/\Q$dir\E\///g if $dir ne "";
    my $in = "$tmp/norm.in"; spit($in, $s);
    return scalar `sh '$normalize' < '$in'`;
}

my %cache;
# run_gocafe(src, seed, extra flags) -> {out, err, code}
sub run_gocafe {
    my ($src, $seed, $flags, $sched) = @_;
    $flags //= '';
    my $key = "$seed\0$flags\0" . ($sched // '') . "\0$src";
    return $cache{$key} if $cache{$key};
    my $d = "$tmp/g"; mkdir $d; spit("$d/main.go", $src);
    my $how = "--seed $seed";
    if (defined $sched) { spit("$d/sched", $sched); $how = "--schedule sched"; }
    my $code = system("cd '$d' && timeout $timeout '$gocafe' run $how $flags main.go </dev/null >out 2>err") >> 8;
    my $r = { out => slurp("$d/out"), err => slurp("$d/err"), code => $code };
    $r->{err} =~ s/\Q$d\E\///g;
    return $cache{$key} = $r;
}
sub run_go {
    my ($src) = @_;
    my $key = "go\0$src";
    return $cache{$key} if $cache{$key};
    my $d = "$tmp/go"; system("rm -rf '$d'"); mkdir $d; spit("$d/main.go", $src);
    spit("$d/go.mod", "module lesson\n\ngo 1.19\n");
    my $code = system("cd '$d' && go build -o prog main.go >out 2>err") >> 8;
    my $r;
    if ($code != 0) {
        my $e = slurp("$d/err");
        $e =~ s/^# lesson\n/# command-line-arguments\n/;
        $r = { out => '', err => $e, code => 2 };
    } else {
        $code = system("cd '$d' && GOMAXPROCS=1 timeout $timeout ./prog </dev/null >out 2>err") >> 8;
        $r = { out => slurp("$d/out"), err => slurp("$d/err"), code => $code };
    }
    $r->{err} =~ s/\Q$d\E\///g;
    return $cache{$key} = $r;
}
sub trace_of { my ($src, $seed, $sched, $flags) = @_; my $r = run_gocafe($src, $seed, '--trace' . ($flags ? " $flags" : ''), $sched); return [split /\n/, $r->{err}]; }

# The schedule file for forced choices [step, 'run'|'select', who] (who: G<n>
# for run: the candidate index that makes G<n> run; a case index for select:
# the ready case with that source index).  Returns (text, error).
sub schedule_for {
    my ($src, $seed, $forces) = @_;
    my $text = "seed $seed\n";
    for my $f (@$forces) {
        my ($step, $kind, $who) = @$f;
        my $found;
        for my $k (0 .. 7) {
            my $try = "$text$step $kind $k\n";
            my ($e) = grep { $_->{step} == $step } map { ev_parse($_) // () } @{trace_of($src, $seed, $try)};
            next unless $e;
            if ($kind eq 'run' && $e->{kind} eq 'run' && $e->{actor} eq $who && $e->{rest} =~ /from=forced/) { $found = $k; last; }
            if ($kind eq 'select' && $e->{kind} eq 'select' && $e->{rest} =~ / chose=$who forced/) { $found = $k; last; }
        }
        return (undef, "step $step is not a $kind choice where $who can be chosen") unless defined $found;
        $text .= "$step $kind $found\n";
    }
    return ($text, '');
}

# stderr block: its lines are the first lines of the normalised stderr.
sub err_prefix_ok {
    my ($want, $got, $nogocafe) = @_;
    my @w = split /\n/, $want, -1; pop @w if @w && $w[-1] eq '';
    @w = grep { !/^gocafe: / } @w if $nogocafe;
    my @g = split /\n/, norm_err($got, ''), -1;
    for my $i (0..$#w) { return 0 if !defined $g[$i] || $g[$i] ne $w[$i]; }
    return 1;
}

# Go durations: 1.2s 500ms 1m30s 2h 1.5µs 10ns
sub dur {
    my $s = shift; my $t = 0; my $neg = ($s =~ s/^-//);
    return 0 if $s eq '0';
    my %u = (ns => 1, us => 1e3, "\xc2\xb5s" => 1e3, ms => 1e6, s => 1e9, m => 60e9, h => 3600e9);
    while ($s =~ s/^([0-9]*\.?[0-9]+)(ns|us|\xc2\xb5s|ms|s|m|h)//) { $t += $1 * $u{$2}; }
    return undef if $s ne '';
    return $neg ? -$t : $t;
}

# ---------- trace replay for checkpoints ----------
# Trace line: STEP TIME ACTOR KIND [OBJECT] [FIELDS...] [@LINE]
sub ev_parse {
    my $l = shift;
    return undef unless $l =~ /^(\d+) (\S+) (\S+) (\S+)(.*)$/;
    return { step => $1, time => dur($2), actor => $3, kind => $4, rest => $5, line => $l };
}
# Advances $st->{pos} (index into events) until the condition holds.
sub run_until {
    my ($st, $cond) = @_;
    my $ev = $st->{ev};
    my $match;
    if ($cond =~ /^(G\d+) blocks(?: in (.+))?$/) {
        my ($g, $why) = ($1, $2);
        $match = sub { $_[0]{actor} eq $g && $_[0]{kind} eq 'park' && (!defined $why || $_[0]{rest} =~ /^ \[\Q$why\E\]/) };
    } elsif ($cond =~ /^any blocks$/) { $match = sub { $_[0]{kind} eq 'park' };
    } elsif ($cond =~ /^(G\d+) exits$/) { my $g = $1; $match = sub { $_[0]{actor} eq $g && $_[0]{kind} eq 'exit' };
    } elsif ($cond =~ /^step (\d+)$/) { my $n = $1; $match = sub { $_[0]{step} + 1 >= $n };
    } elsif ($cond =~ /^t=(\S+)$/) { my $t = dur($1); $match = sub { $_[0]{time} >= $t };
    } elsif ($cond =~ /^line (\d+)$/) { my $n = $1; $match = sub { $_[0]{rest} =~ / \@$n$/ };
    } elsif ($cond eq 'deadlock') { $match = sub { $_[0]{kind} eq 'deadlock' };
    } elsif ($cond eq 'leak') { $match = sub { $_[0]{kind} eq 'main.exit' && $_[0]{rest} !~ /alive=0/ };
    } elsif ($cond eq 'choice') { $match = sub { $_[0]{rest} =~ / random seed=/ || ($_[0]{kind} eq 'run' && 0) };
    } elsif ($cond eq 'end') { $match = sub { 0 };
    } else { return "unknown condition" }
    my $i = $st->{pos};
    while ($i < @$ev) {
        my $e = $ev->[$i++];
        next unless $match->($e);
        # a line stop pauses before the statement: before its first event
        if ($cond =~ /^line /) { $st->{pos} = $i - 1; return ''; }
        # a select that chose a case records the case's send or receive next
        $i++ if $e->{kind} eq 'select' && $e->{rest} =~ / chose=\d/ && $e->{rest} !~ / woken / && $i < @$ev
             && $ev->[$i]{actor} eq $e->{actor} && $ev->[$i]{kind} =~ /^(recv|send)$/;
        # one operation records several events (a close: close, then the
        # waiters' ready): the pause point comes after all of them
        $i++ while $i < @$ev && ($ev->[$i]{kind} eq 'ready' || ($ev->[$i]{kind} eq 'select' && $ev->[$i]{rest} =~ / woken /));
        $st->{pos} = $i; return '';
    }
    # a statement on a line that records no event (breakpoints stop there in
    # the player): the log cannot show it; the checkpoint stays where it was
    return '' if $cond =~ /^line \d+$/;
    $st->{pos} = scalar @$ev;
    return $cond eq 'end' ? '' : "the run ended before: $cond";
}
sub state_at {
    my ($st) = @_;
    my (%g, %ch, %len, $time, $leaks);
    $time = 0; $leaks = 0;
    for my $i (0 .. $st->{pos} - 1) {
        my $e = $st->{ev}[$i]; next unless $e;
        $time = $e->{time};
        my $a = $e->{actor};
        if ($e->{kind} eq 'park' && $e->{rest} =~ /^ \[([^\]]+)\]/) { $g{$a} = $1; }
        elsif ($e->{kind} eq 'ready' || $e->{kind} eq 'yield' || $e->{kind} eq 'preempt') { $g{$a} = 'runnable'; }
        elsif ($e->{kind} eq 'run') { for (keys %g) { $g{$_} = 'runnable' if $g{$_} eq 'running'; } $g{$a} = 'running'; }
        elsif ($e->{kind} eq 'exit') { $g{$a} = 'exited'; }
        elsif ($e->{kind} eq 'go' && $e->{rest} =~ /^ (G\d+)/) { $g{$1} = 'runnable'; }
        elsif ($e->{kind} eq 'leak') { $leaks++; }
        if ($e->{rest} =~ /^ (\S+?)#\d+/) {
            my $c = $1;
            if ($e->{kind} eq 'make') { $len{$c} = 0; $ch{$c} = 'open'; $e->{rest} =~ /cap=(\d+)/; $st->{cap}{$c} = $1; }
            $len{$c} = $1 if $e->{rest} =~ / len=(\d+)/;
            $ch{$c} = 'closed' if $e->{kind} eq 'close';
        }
    }
    return { g => \%g, ch => \%ch, len => \%len, time => $time, leaks => $leaks };
}
sub check_expect {
    my ($st, $what, $block) = @_;
    my $s = state_at($st);
    if ($what =~ /^(G\d+) (.+)$/) {
        my ($g, $want) = ($1, $2);
        my $got = $s->{g}{$g} // 'not started';
        return $got eq $want ? '' : "$g is $got, not $want";
    }
    if ($what =~ /^chan (\S+) (len|cap) (\d+)$/) {
        my $got = $2 eq 'len' ? $s->{len}{$1} : $st->{cap}{$1};
        return "no channel $1 in the log" unless defined $got;
        return $got == $3 ? '' : "chan $1 $2 is $got, not $3";
    }
    if ($what =~ /^chan (\S+) (closed|open)$/) {
        my $got = $s->{ch}{$1} // return "no channel $1 in the log";
        return $got eq $2 ? '' : "chan $1 is $got, not $2";
    }
    if ($what =~ /^chan (\S+) values( .*)?$/) { return ''; }   # values: the player's snapshot only
    if ($what =~ /^time (\S+)$/) { return abs($s->{time} - dur($1)) < 1 ? '' : "virtual time is not $1"; }
    if ($what =~ /^leaks (\d+)$/) { return $s->{leaks} == $1 ? '' : "$s->{leaks} leaks, not $1"; }
    if ($what eq 'output') {
        my $out = $st->{out};
        return substr($out, 0, length $block) eq $block ? '' : "the output does not start with the block";
    }
    if ($what =~ /^panic "(.*)"$/) { return $st->{err} =~ /^panic: \Q$1\E/m ? '' : "no panic \"$1\""; }
    if ($what eq 'deadlock') { return $st->{err} =~ /all goroutines are asleep - deadlock!/ ? '' : "no deadlock"; }
    if ($what =~ /^(ctx|wg) /) { return ''; }   # contexts and WaitGroups: the player's snapshot only
    return "unknown expectation";
}

# ---------- exercise checks ----------
sub check_prog {
    my ($src, $checks, $seeds) = @_;   # -> list of failures
    my @f;
    for my $c (@$checks) {
        my ($k, $arg) = @$c;
        my @sd = (0 .. ($k eq 'no-deadlock' ? $arg->{seeds} : $seeds) - 1);
        for my $seed (@sd) {
            my $r = run_gocafe($src, $seed);
            if ($k eq 'prints') { push @f, "seed $seed: prints something else" if $r->{out} ne $arg->{block}; }
            elsif ($k eq 'exit') { push @f, "seed $seed: exit status $r->{code}, not $arg->{code}" if $r->{code} != $arg->{code}; }
            elsif ($k eq 'no-leaks') { my $l = run_gocafe($src, $seed, '--leaks=error'); push @f, "seed $seed: goroutines leak" if $l->{code} == 3; }
            elsif ($k eq 'no-deadlock') { push @f, "seed $seed: deadlock" if $r->{err} =~ /all goroutines are asleep - deadlock!/; }
            elsif ($k eq 'before') {
                my $t = trace_of($src, $seed); my $last = 0;
                for (@$t) { my $e = ev_parse($_); $last = $e->{time} if $e; }
                push @f, "seed $seed: ends after $arg->{d}" if $last > dur($arg->{d});
            }
            last if @f;
        }
    }
    return @f;
}

# ---------- parsing ----------
my %verbs = map { $_ => 1 } qw(program load output stderr run expect ask hint exercise check seed force);
for my $file (@files) {
    if (! -r $file) { fail($file, "cannot read the lesson"); next; }
    my @L = split /\n/, slurp($file), -1;
    my $base = $file; $base =~ s{.*/}{};
    my $dir = dirname($file);
    my (%prog, $cur, $st, $ex, @pending);
    my $nbad0 = $bad;
    my $i = 0;
    # The fenced block starting at or after line index $j (skipping blank lines): (lang, text, next index).
    my $block = sub {
        my ($j, $lang) = @_;
        $j++ while $j < @L && $L[$j] =~ /^\s*$/;
        return () unless $j < @L && $L[$j] =~ /^```(\w*)\s*$/ && $1 eq $lang;
        my $k = $j + 1; my $txt = '';
        while ($k < @L && $L[$k] ne '```') { $txt .= "$L[$k]\n"; $k++; }
        return () if $k >= @L;
        return ($txt, $k + 1);
    };
    my $title = 0;
    while ($i < @L) {
        my $ln = $i + 1;
        my $l = $L[$i];
        $title = 1 if $l =~ /^# \S/;
        if ($l =~ /^```go\s*$/) {   # an unmarked go block: not run, fine (a fragment)
            $i++; $i++ while $i < @L && $L[$i] ne '```'; $i++; next;
        }
        if ($l =~ /^<!--\s*gocafe:/ && $l !~ /^<!-- gocafe: \S/) { fail("$base:$ln", "a directive is written `<!-- gocafe: VERB ...`"); $i++; next; }
        unless ($l =~ /^<!-- gocafe: (\S+)\s*(.*?)\s*$/) { $i++; next; }
        my ($verb, $args) = ($1, $2);
        my $body = '';
        if ($args =~ s/\s*-->$//) { $i++; }
        else {
            my $k = $i + 1;
            while ($k < @L && $L[$k] ne '-->') { $body .= "$L[$k]\n"; $k++; }
            if ($k >= @L) { fail("$base:$ln", "unterminated directive (a line `-->` ends it)"); last; }
            $i = $k + 1;
        }
        if (!$verbs{$verb}) { fail("$base:$ln", "unknown directive '$verb'"); next; }
        my %opt; my @pos;
        for my $w (split ' ', $args) { if ($w =~ /^(\w[\w-]*)=(\S+)$/) { $opt{$1} = $2 } else { push @pos, $w } }
        if ($verb eq 'program' || $verb eq 'exercise') {
            my $name = $pos[0];
            if (!defined $name || $name !~ /^[a-z0-9][a-z0-9-]*$/) { fail("$base:$ln", "$verb needs a NAME (lowercase letters, digits, -)"); next; }
            if ($prog{$name}) { fail("$base:$ln", "program '$name' is already defined at line $prog{$name}{line}"); next; }
            my ($src, $nx) = $block->($i, 'go');
            if (!defined $src) { fail("$base:$ln", "$verb $name: a ```go block must follow"); next; }
            $i = $nx;
            my $p = { name => $name, src => $src, line => $ln, seed => $opt{seed} // 0, exit => $opt{exit} // 0,
                      varies => (grep { $_ eq 'varies' } @pos) ? 1 : 0, nogo => (grep { $_ eq 'nogo' } @pos) ? 1 : 0, go => $opt{go} // '1.19', outs => [], flags => (defined $opt{budget} ? "--budget $opt{budget}" : '') };
            if (defined $opt{budget} && $opt{budget} !~ /^\d+$/) { fail("$base:$ln", "budget=N: a number of steps"); next; }
            $prog{$name} = $p; $cur = $p;
            if ($verb eq 'exercise') {
                if (!$opt{solution}) { fail("$base:$ln", "exercise $name needs solution=FILE"); next; }
                my $sf = "$dir/$opt{solution}";
                if (! -f $sf) { fail("$base:$ln", "exercise $name: no solution file $opt{solution}"); next; }
                $ex = { p => $p, sol => slurp($sf), solname => $opt{solution}, checks => [], seeds => $opt{seeds} // 1, line => $ln };
                $p->{exercise} = $ex;
            }
            $st = { p => $p, seed => $p->{seed}, pos => 0 };
            next;
        }
        if ($verb eq 'load' || $verb eq 'seed') {
            my $name = $verb eq 'load' ? $pos[0] : ($cur ? $cur->{name} : undef);
            my $p = defined $name ? $prog{$name} : undef;
            if (!$p) { fail("$base:$ln", $verb eq 'load' ? "load: no program '" . ($name // '') . "' above" : "seed: no program loaded"); next; }
            my $seed = $verb eq 'seed' ? $pos[0] : ($opt{seed} // $p->{seed});
            if (!defined $seed || $seed !~ /^\d+$/) { fail("$base:$ln", "seed needs a number"); next; }
            $cur = $p; $st = { p => $p, seed => $seed, pos => 0 };
            next;
        }
        if ($verb eq 'force') {
            if (!$st) { fail("$base:$ln", "force: no program loaded"); next; }
            unless ($args =~ /^(run) (G\d+) at step (\d+)$/ || $args =~ /^(select) (\d+) at step (\d+)$/) {
                fail("$base:$ln", "force is `force run G<n> at step N` or `force select CASE at step N`"); next;
            }
            $st = { p => $st->{p}, seed => $st->{seed}, pos => 0, forces => [ @{$st->{forces} // []}, [$3, $1, $2] ] };
            push @pending, [$ln, 'run', "step " . ($3 + 1), $st];
            next;
        }
        if ($verb eq 'output' || $verb eq 'stderr') {
            my $p = @pos ? $prog{$pos[0]} : $cur;
            if (!$p) { fail("$base:$ln", "$verb: no program " . (@pos ? "'$pos[0]'" : 'loaded')); next; }
            my ($txt, $nx) = $block->($i, 'text');
            if (!defined $txt) { fail("$base:$ln", "$verb: a ```text block must follow"); next; }
            $i = $nx;
            my $forces = (!@pos && $st && $st->{p} == $p) ? $st->{forces} : undef;
            my $seed = $opt{seed} // ($forces ? $st->{seed} : $p->{seed});
            push @{$p->{outs}}, { kind => $verb, seed => $seed, text => $txt, line => $ln, forces => $forces };
            next;
        }
        if ($verb eq 'run') {
            if (!$st) { fail("$base:$ln", "run: no program loaded"); next; }
            unless ($args =~ /^until (.+)$/) { fail("$base:$ln", "run needs `until CONDITION`"); next; }
            push @pending, [$ln, 'run', $1, $st];
            next;
        }
        if ($verb eq 'expect') {
            if (!$st) { fail("$base:$ln", "expect: no program loaded"); next; }
            my $txt = '';
            if ($args eq 'output') {
                ($txt, my $nx) = $block->($i, 'text');
                if (!defined $txt) { fail("$base:$ln", "expect output: a ```text block must follow"); next; }
                $i = $nx;
            }
            if ($args !~ /^(G\d+ \S.*|chan \S+ (len|cap) \d+|chan \S+ (closed|open)|chan \S+ values( .*)?|time \S+|leaks \d+|output|panic ".*"|deadlock|ctx \S+ (err .+|cancelled|live)|wg \S+ counter \d+)$/) {
                fail("$base:$ln", "expect: cannot read '$args'"); next;
            }
            push @pending, [$ln, 'expect', $args, $st, $txt];
            next;
        }
        if ($verb eq 'ask') {
            my @c = grep { /^- \[[ x]\] / } split /\n/, $body;
            my $right = grep { /^- \[x\] / } @c;
            my ($q) = split /\n/, $body;
            if (!defined $q || $q =~ /^\s*$/ || $q =~ /^- \[/) { fail("$base:$ln", "ask: the question comes first"); next; }
            if (@c < 2) { fail("$base:$ln", "ask: at least two choices `- [ ] text`"); next; }
            if ($right != 1) { fail("$base:$ln", "ask: exactly one choice is marked right `- [x]` ($right are)"); next; }
            next;
        }
        if ($verb eq 'hint') {
            if ($body =~ /^\s*$/) { fail("$base:$ln", "hint: empty"); }
            next;
        }
        if ($verb eq 'check') {
            if (!$ex) { fail("$base:$ln", "check: no exercise above"); next; }
            my $k = $pos[0] // '';
            if ($k eq 'prints') {
                my ($txt, $nx) = $block->($i, 'text');
                if (!defined $txt) { fail("$base:$ln", "check prints: a ```text block must follow"); next; }
                $i = $nx; push @{$ex->{checks}}, ['prints', { block => $txt }];
            } elsif ($k eq 'no-leaks') { push @{$ex->{checks}}, ['no-leaks', {}];
            } elsif ($k eq 'no-deadlock') {
                my $n = $opt{seeds} // 1;
                if ($n !~ /^\d+$/ || $n < 1) { fail("$base:$ln", "check no-deadlock: seeds=N, N >= 1"); next; }
                push @{$ex->{checks}}, ['no-deadlock', { seeds => $n }];
            } elsif ($k eq 'before') {
                if (!defined $pos[1] || !defined dur($pos[1])) { fail("$base:$ln", "check before: a Go duration (2s, 500ms)"); next; }
                push @{$ex->{checks}}, ['before', { d => $pos[1] }];
            } elsif ($k eq 'exit') {
                if (!defined $pos[1] || $pos[1] !~ /^\d+$/) { fail("$base:$ln", "check exit: a number"); next; }
                push @{$ex->{checks}}, ['exit', { code => $pos[1] }];
            } else { fail("$base:$ln", "check: unknown check '$k' (prints, no-leaks, no-deadlock, before, exit)"); }
            next;
        }
    }
    fail("$base:1", "a lesson starts with a `# Title`") unless $title;

    # Programs: gocafe (and Go).
    for my $p (sort { $a->{line} <=> $b->{line} } values %prog) {
        my @srcs = ([$p->{src}, "$base:$p->{line}: $p->{name}", $p->{exercise} ? 0 : 1]);
        push @srcs, [$p->{exercise}{sol}, "$p->{exercise}{solname}", 1] if $p->{exercise};
        for my $s (@srcs) {
            my ($src, $where, $strict) = @$s;
            $nprog++;
            my $before = $bad;
            my $r = run_gocafe($src, $p->{seed}, $p->{flags});
            if ($strict && !$p->{exercise} && $r->{code} != $p->{exit}) {
                fail($where, "gocafe exit status $r->{code}, want $p->{exit}\n" . join('', map { "  | $_\n" } (split /\n/, $r->{err})[0..4]));
            }
            if (!$p->{exercise}) {
                for my $o (@{$p->{outs}}) {
                    my $sched;
                    if ($o->{forces}) {
                        ($sched, my $e) = schedule_for($src, $o->{seed}, $o->{forces});
                        if (!defined $sched) { fail("$base:$o->{line}", $e); next; }
                    }
                    my $ro = run_gocafe($src, $o->{seed}, $p->{flags}, $sched);
                    if ($o->{kind} eq 'output' && $ro->{out} ne $o->{text}) {
                        fail("$base:$o->{line}", "gocafe (seed $o->{seed}) prints\n" . join('', map { "  | $_\n" } split /\n/, $ro->{out}));
                    }
                    if ($o->{kind} eq 'stderr' && !err_prefix_ok($o->{text}, $ro->{err}, 0)) {
                        fail("$base:$o->{line}", "gocafe (seed $o->{seed}) stderr is\n" . join('', map { "  | $_\n" } split /\n/, norm_err($ro->{err}, '')));
                    }
                }
            }
            if ($usego && $strict && !$p->{nogo}) {
                my ($want) = $p->{go} =~ /^1\.(\d+)/;
                if ($gominor >= $want) {
                    my $g = run_go($src);
                    my $gout = $p->{exercise} ? run_gocafe($src, 0)->{out} : $r->{out};
                    my @ok = ($gout);
                    push @ok, map { $_->{text} } grep { $_->{kind} eq 'output' } @{$p->{outs}} if $p->{varies};
                    push @ok, map { run_gocafe($src, $_)->{out} } 0 .. 7 if $p->{varies};
                    if (!grep { $_ eq $g->{out} } @ok) {
                        fail($where, "real Go prints\n" . join('', map { "  | $_\n" } split /\n/, $g->{out}) . "  gocafe prints\n" . join('', map { "  | $_\n" } split /\n/, $gout));
                    }
                    my $gc = $p->{exercise} ? run_gocafe($src, 0)->{code} : $r->{code};
                    if ($g->{code} != $gc) { fail($where, "real Go exits $g->{code}, gocafe $gc"); }
                    for my $o (grep { $_->{kind} eq 'stderr' } @{$p->{outs}}) {
                        next if $p->{exercise};
                        fail("$base:$o->{line}", "real Go's stderr is\n" . join('', map { "  | $_\n" } split /\n/, norm_err($g->{err}, '')))
                            unless err_prefix_ok($o->{text}, $g->{err}, 1);
                    }
                }
            }
            $nok++ if $bad == $before;
        }
        if (my $ex = $p->{exercise}) {
            if (!@{$ex->{checks}}) { fail("$base:$ex->{line}", "exercise $p->{name} has no check"); next; }
            my @f = check_prog($ex->{sol}, $ex->{checks}, $ex->{seeds});
            fail("$ex->{solname}", "the reference solution fails its check: $f[0]") if @f;
            @f = check_prog($p->{src}, $ex->{checks}, $ex->{seeds});
            fail("$base:$ex->{line}", "exercise $p->{name}: the starting code already passes every check") unless @f;
        }
    }

    # Checkpoints, in order, on the event log of each loaded run.
    my %runs;
    for my $pd (@pending) {
        my ($ln, $kind, $arg, $stsnap, $txt) = @$pd;
        my $p = $stsnap->{p};
        my $state = $runs{"$stsnap"} //= do {
            my ($sched, $e) = $stsnap->{forces} ? schedule_for($p->{src}, $stsnap->{seed}, $stsnap->{forces}) : (undef, '');
            fail("$base:$ln", $e) if $e;
            my $r = run_gocafe($p->{src}, $stsnap->{seed}, $p->{flags}, $sched);
            { ev => [ grep { defined } map { ev_parse($_) } @{trace_of($p->{src}, $stsnap->{seed}, $sched, $p->{flags})} ],
              pos => 0, out => $r->{out}, err => $r->{err} };
        };
        if ($kind eq 'run') {
            my $e = run_until($state, $arg);
            fail("$base:$ln", "run until $arg: $e") if $e;
        } else {
            my $e = check_expect($state, $arg, $txt);
            fail("$base:$ln", "expect $arg: $e") if $e;
        }
    }
}
print "lessons: $nok/$nprog programs ok\n";
exit($bad ? 1 : 0);
