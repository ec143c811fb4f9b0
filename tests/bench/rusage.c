/* rusage.c - run one command and report its cost, for tests/bench/run.sh.
 *
 *   rusage OUTFILE CMD [ARG...]
 *
 * Runs CMD with stdout and stderr sent to /dev/null, waits for it, and writes
 * one line "WALL_SECONDS MAXRSS_KB EXIT_STATUS" to OUTFILE (getrusage of the
 * child: ru_maxrss is the peak resident set in kilobytes on Linux).  Exit
 * status: 0 when the line was written, 1 on a usage or system error. */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

int main(int argc, char **argv)
{
    if (argc < 3) {
        fputs("usage: rusage OUTFILE CMD [ARG...]\n", stderr);
        return 1;
    }
    double start = now();
    pid_t pid = fork();
    if (pid < 0) {
        perror("rusage: fork");
        return 1;
    }
    if (pid == 0) {
        int null = open("/dev/null", O_WRONLY);
        if (null >= 0) {
            dup2(null, 1);
            dup2(null, 2);
            close(null);
        }
        execvp(argv[2], argv + 2);
        _exit(127);
    }
    int status = 0;
    struct rusage ru;
    if (wait4(pid, &status, 0, &ru) < 0) {
        perror("rusage: wait4");
        return 1;
    }
    double wall = now() - start;
    int code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    FILE *out = fopen(argv[1], "w");
    if (!out) {
        perror(argv[1]);
        return 1;
    }
    fprintf(out, "%.3f %ld %d\n", wall, ru.ru_maxrss, code);
    return fclose(out) == 0 ? 0 : 1;
}
