// Package time as gocafe provides it, on the simulation's virtual clock.
//
// The clock starts at 2009-11-10 23:00:00 UTC (the Go Playground's epoch) and
// only moves when every goroutine is blocked: the scheduler then jumps it to
// the next timer (sim/timer.h), so an hour of sleeps costs no real time.
// Timers, tickers, Sleep and AfterFunc are the scheduler's timers
// (natives in sim/lib_time.c); everything else is Go, following Go 1.19's
// time package (format.go, time.go) closely enough to print the same text.
//
// Time keeps a monotonic reading as Go does: Now() carries "m=+<seconds since
// the program started>", with the 1 ns offset Go's runtime gives it (its
// startNano is nanotime()-1), so at the start of a run
// fmt.Println(time.Now()) prints "2009-11-10 23:00:00 +0000 UTC m=+0.000000001",
// which is what a Go program printing time.Now() on the Playground shows.
// Local is UTC (as on the Playground).
package time

import "errors"

// A Duration represents the elapsed time between two instants as an int64
// nanosecond count.
type Duration int64

const (
	minDuration Duration = -1 << 63
	maxDuration Duration = 1<<63 - 1
)

const (
	Nanosecond  Duration = 1
	Microsecond          = 1000 * Nanosecond
	Millisecond          = 1000 * Microsecond
	Second               = 1000 * Millisecond
	Minute               = 60 * Second
	Hour                 = 60 * Minute
)

// String returns a string representing the duration in the form "72h3m0.5s".
func (d Duration) String() string {
	var buf [32]byte
	w := len(buf)

	u := uint64(d)
	neg := d < 0
	if neg {
		u = -u
	}

	if u < uint64(Second) {
		// Special case: if duration is smaller than a second,
		// use smaller units, like 1.2ms
		var prec int
		w--
		buf[w] = 's'
		w--
		switch {
		case u == 0:
			return "0s"
		case u < uint64(Microsecond):
			prec = 0
			buf[w] = 'n'
		case u < uint64(Millisecond):
			prec = 3
			// U+00B5 'µ' micro sign == 0xC2 0xB5
			w--
			copy(buf[w:], "µ")
		default:
			prec = 6
			buf[w] = 'm'
		}
		w, u = fmtFrac(buf[:w], u, prec)
		w = fmtInt(buf[:w], u)
	} else {
		w--
		buf[w] = 's'

		w, u = fmtFrac(buf[:w], u, 9)

		// u is now integer seconds
		w = fmtInt(buf[:w], u%60)
		u /= 60

		// u is now integer minutes
		if u > 0 {
			w--
			buf[w] = 'm'
			w = fmtInt(buf[:w], u%60)
			u /= 60

			// u is now integer hours
			if u > 0 {
				w--
				buf[w] = 'h'
				w = fmtInt(buf[:w], u)
			}
		}
	}

	if neg {
		w--
		buf[w] = '-'
	}

	return string(buf[w:])
}

// fmtFrac formats the fraction of v/10**prec (e.g., ".12345") into the
// tail of buf, omitting trailing zeros.
func fmtFrac(buf []byte, v uint64, prec int) (nw int, nv uint64) {
	w := len(buf)
	print := false
	for i := 0; i < prec; i++ {
		digit := v % 10
		print = print || digit != 0
		if print {
			w--
			buf[w] = byte(digit) + '0'
		}
		v /= 10
	}
	if print {
		w--
		buf[w] = '.'
	}
	return w, v
}

// fmtInt formats v into the tail of buf.
func fmtInt(buf []byte, v uint64) int {
	w := len(buf)
	if v == 0 {
		w--
		buf[w] = '0'
	} else {
		for v > 0 {
			w--
			buf[w] = byte(v%10) + '0'
			v /= 10
		}
	}
	return w
}

func (d Duration) Nanoseconds() int64 { return int64(d) }

func (d Duration) Microseconds() int64 { return int64(d) / 1e3 }

func (d Duration) Milliseconds() int64 { return int64(d) / 1e6 }

func (d Duration) Seconds() float64 {
	sec := d / Second
	nsec := d % Second
	return float64(sec) + float64(nsec)/1e9
}

func (d Duration) Minutes() float64 {
	min := d / Minute
	nsec := d % Minute
	return float64(min) + float64(nsec)/(60*1e9)
}

func (d Duration) Hours() float64 {
	hour := d / Hour
	nsec := d % Hour
	return float64(hour) + float64(nsec)/(60*60*1e9)
}

// Truncate returns the result of rounding d toward zero to a multiple of m.
func (d Duration) Truncate(m Duration) Duration {
	if m <= 0 {
		return d
	}
	return d - d%m
}

func lessThanHalf(x, y Duration) bool {
	return uint64(x)+uint64(x) < uint64(y)
}

// Round returns the result of rounding d to the nearest multiple of m.
func (d Duration) Round(m Duration) Duration {
	if m <= 0 {
		return d
	}
	r := d % m
	if d < 0 {
		r = -r
		if lessThanHalf(r, m) {
			return d + r
		}
		if d1 := d - m + r; d1 < d {
			return d1
		}
		return minDuration // overflow
	}
	if lessThanHalf(r, m) {
		return d - r
	}
	if d1 := d + m - r; d1 > d {
		return d1
	}
	return maxDuration // overflow
}

// Abs returns the absolute value of d.
func (d Duration) Abs() Duration {
	switch {
	case d >= 0:
		return d
	case d == minDuration:
		return maxDuration
	default:
		return -d
	}
}

// ---- months and weekdays ----

// A Month specifies a month of the year (January = 1, ...).
type Month int

const (
	January Month = 1 + iota
	February
	March
	April
	May
	June
	July
	August
	September
	October
	November
	December
)

var longMonthNames = []string{
	"January", "February", "March", "April", "May", "June",
	"July", "August", "September", "October", "November", "December",
}

var shortMonthNames = []string{
	"Jan", "Feb", "Mar", "Apr", "May", "Jun",
	"Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
}

// String returns the English name of the month ("January", "February", ...).
func (m Month) String() string {
	if January <= m && m <= December {
		return longMonthNames[m-1]
	}
	return "%!Month(" + itoa(int(m)) + ")"
}

// A Weekday specifies a day of the week (Sunday = 0, ...).
type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

var longDayNames = []string{
	"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
}

var shortDayNames = []string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}

// String returns the English name of the day ("Sunday", "Monday", ...).
func (d Weekday) String() string {
	if Sunday <= d && d <= Saturday {
		return longDayNames[d]
	}
	return "%!Weekday(" + itoa(int(d)) + ")"
}

func itoa(v int) string {
	if v == 0 {
		return "0"
	}
	neg := v < 0
	u := uint64(v)
	if neg {
		u = -u
	}
	var b [24]byte
	w := len(b)
	for u > 0 {
		w--
		b[w] = byte(u%10) + '0'
		u /= 10
	}
	if neg {
		w--
		b[w] = '-'
	}
	return string(b[w:])
}

// ---- locations ----

// A Location maps time instants to the zone in use at that time.  gocafe
// has UTC (which is also Local, as on the Playground) and fixed zones.
type Location struct {
	name   string
	zone   string
	offset int
}

var utcLoc = Location{name: "UTC", zone: "UTC"}
var localLoc = Location{name: "Local", zone: "UTC"}

// UTC represents Universal Coordinated Time (UTC).
var UTC *Location = &utcLoc

// Local represents the system's local time zone: UTC in gocafe.
var Local *Location = &localLoc

func (l *Location) get() *Location {
	if l == nil {
		return &utcLoc
	}
	return l
}

// String returns a descriptive name for the time zone information.
func (l *Location) String() string { return l.get().name }

// FixedZone returns a Location that always uses the given zone name and
// offset (seconds east of UTC).
func FixedZone(name string, offset int) *Location {
	return &Location{name: name, zone: name, offset: offset}
}

// ---- Time ----

// A Time represents an instant in time with nanosecond precision.
// sec counts seconds since January 1, year 1 00:00:00 UTC (so the zero Time
// is that instant, as in Go); mono is the monotonic reading (ns since the
// program started, plus 1), 0 when absent.
type Time struct {
	sec  int64
	nsec int64
	mono int64
	loc  *Location
}

const (
	secondsPerMinute = 60
	secondsPerHour   = 60 * secondsPerMinute
	secondsPerDay    = 24 * secondsPerHour
	// seconds from January 1, year 1 to January 1, 1970
	unixToInternal int64 = (1969*365 + 1969/4 - 1969/100 + 1969/400) * secondsPerDay
)

// Layouts (Go's format.go).
const (
	Layout      = "01/02 03:04:05PM '06 -0700"
	ANSIC       = "Mon Jan _2 15:04:05 2006"
	UnixDate    = "Mon Jan _2 15:04:05 MST 2006"
	RubyDate    = "Mon Jan 02 15:04:05 -0700 2006"
	RFC822      = "02 Jan 06 15:04 MST"
	RFC822Z     = "02 Jan 06 15:04 -0700"
	RFC850      = "Monday, 02-Jan-06 15:04:05 MST"
	RFC1123     = "Mon, 02 Jan 2006 15:04:05 MST"
	RFC1123Z    = "Mon, 02 Jan 2006 15:04:05 -0700"
	RFC3339     = "2006-01-02T15:04:05Z07:00"
	RFC3339Nano = "2006-01-02T15:04:05.999999999Z07:00"
	Kitchen     = "3:04PM"
	Stamp       = "Jan _2 15:04:05"
	StampMilli  = "Jan _2 15:04:05.000"
	StampMicro  = "Jan _2 15:04:05.000000"
	StampNano   = "Jan _2 15:04:05.000000000"
	DateTime    = "2006-01-02 15:04:05"
	DateOnly    = "2006-01-02"
	TimeOnly    = "15:04:05"
)

// natives (sim/lib_time.c)
func runtimeNano() int64 // virtual ns since the start of the run
func Sleep(d Duration)
func startChanTimer(c chan Time, when int64, period int64, loc *Location) int
func startFuncTimer(f func(), when int64) int
func stopTimer(id int) bool
func resetTimer(id int, when int64, period int64) bool

// Now returns the current (virtual) time.
func Now() Time {
	n := runtimeNano()
	u := int64(1257894000000000000) + n // 2009-11-10 23:00:00 UTC
	return Time{sec: u/1e9 + unixToInternal, nsec: u % 1e9, mono: n + 1, loc: Local}
}

// Unix returns the local Time corresponding to the given Unix time.
func Unix(sec int64, nsec int64) Time {
	if nsec < 0 || nsec >= 1e9 {
		n := nsec / 1e9
		sec += n
		nsec -= n * 1e9
		if nsec < 0 {
			nsec += 1e9
			sec--
		}
	}
	return Time{sec: sec + unixToInternal, nsec: nsec, loc: Local}
}

// UnixMilli returns the local Time corresponding to the given Unix time in ms.
func UnixMilli(msec int64) Time { return Unix(msec/1e3, (msec%1e3)*1e6) }

// UnixMicro returns the local Time corresponding to the given Unix time in µs.
func UnixMicro(usec int64) Time { return Unix(usec/1e6, (usec%1e6)*1e3) }

// Since returns the time elapsed since t.
func Since(t Time) Duration { return Now().Sub(t) }

// Until returns the duration until t.
func Until(t Time) Duration { return t.Sub(Now()) }

func (t Time) unixSec() int64 { return t.sec - unixToInternal }

func (t Time) Unix() int64 { return t.unixSec() }

func (t Time) UnixNano() int64 { return t.unixSec()*1e9 + t.nsec }

func (t Time) UnixMilli() int64 { return t.unixSec()*1e3 + t.nsec/1e6 }

func (t Time) UnixMicro() int64 { return t.unixSec()*1e6 + t.nsec/1e3 }

// IsZero reports whether t represents the zero time instant.
func (t Time) IsZero() bool { return t.sec == 0 && t.nsec == 0 }

// After reports whether the time instant t is after u.
func (t Time) After(u Time) bool {
	if t.mono != 0 && u.mono != 0 {
		return t.mono > u.mono
	}
	return t.sec > u.sec || t.sec == u.sec && t.nsec > u.nsec
}

// Before reports whether the time instant t is before u.
func (t Time) Before(u Time) bool {
	if t.mono != 0 && u.mono != 0 {
		return t.mono < u.mono
	}
	return t.sec < u.sec || t.sec == u.sec && t.nsec < u.nsec
}

// Equal reports whether t and u represent the same time instant.
func (t Time) Equal(u Time) bool {
	if t.mono != 0 && u.mono != 0 {
		return t.mono == u.mono
	}
	return t.sec == u.sec && t.nsec == u.nsec
}

// Compare returns -1, 0 or +1 (Go 1.20).
func (t Time) Compare(u Time) int {
	switch {
	case t.Before(u):
		return -1
	case t.After(u):
		return +1
	}
	return 0
}

// Add returns the time t+d.
func (t Time) Add(d Duration) Time {
	dsec := int64(d / 1e9)
	nsec := t.nsec + int64(d%1e9)
	if nsec >= 1e9 {
		dsec++
		nsec -= 1e9
	} else if nsec < 0 {
		dsec--
		nsec += 1e9
	}
	r := Time{sec: t.sec + dsec, nsec: nsec, loc: t.loc}
	if t.mono != 0 {
		r.mono = t.mono + int64(d)
	}
	return r
}

func subMono(t, u int64) Duration {
	d := Duration(t - u)
	if d < 0 && t > u {
		return maxDuration // t - u is positive out of range
	}
	if d > 0 && t < u {
		return minDuration // t - u is negative out of range
	}
	return d
}

// Sub returns the duration t-u.
func (t Time) Sub(u Time) Duration {
	if t.mono != 0 && u.mono != 0 {
		return subMono(t.mono, u.mono)
	}
	d := Duration(t.sec-u.sec)*Second + Duration(t.nsec-u.nsec)
	switch {
	case u.Add(d).Equal(t):
		return d // d is correct
	case t.Before(u):
		return minDuration // t - u is negative out of range
	default:
		return maxDuration // t - u is positive out of range
	}
}

// AddDate returns the time corresponding to adding the given years, months
// and days to t.
func (t Time) AddDate(years int, months int, days int) Time {
	year, month, day := t.Date()
	hour, min, sec := t.Clock()
	return Date(year+years, month+Month(months), day+days, hour, min, sec, int(t.nsec), t.Location())
}

// Round returns t rounded to a multiple of d since the zero time; Round(0)
// strips the monotonic reading.
func (t Time) Round(d Duration) Time {
	t.mono = 0
	if d <= 0 {
		return t
	}
	r := t.modDur(d)
	if lessThanHalf(r, d) {
		return t.Add(-r)
	}
	return t.Add(d - r)
}

// Truncate returns t rounded down to a multiple of d since the zero time.
func (t Time) Truncate(d Duration) Time {
	t.mono = 0
	if d <= 0 {
		return t
	}
	return t.Add(-t.modDur(d))
}

// modDur: t's offset from the zero time modulo d (d > 0).
func (t Time) modDur(d Duration) Duration {
	if d%Second == 0 {
		return Duration(t.sec%int64(d/Second))*Second + Duration(t.nsec)
	}
	// small durations: the remainder only depends on the last few seconds
	s := t.sec % int64(d) // (d ns divides d seconds)
	return Duration((s*1e9 + t.nsec) % int64(d))
}

// UTC returns t with the location set to UTC.
func (t Time) UTC() Time { t.loc = &utcLoc; return t }

// Local returns t with the location set to local time.
func (t Time) Local() Time { t.loc = Local; return t }

// In returns a copy of t representing the same instant in loc.
func (t Time) In(loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Time.In")
	}
	t.loc = loc
	return t
}

// Location returns the time zone information associated with t.
func (t Time) Location() *Location {
	if t.loc == nil {
		return UTC
	}
	return t.loc
}

// Zone computes the time zone in effect at time t.
func (t Time) Zone() (name string, offset int) {
	l := t.loc.get()
	return l.zone, l.offset
}

// abs: seconds since year 1 in t's zone.
func (t Time) abs() int64 { return t.sec + int64(t.loc.get().offset) }

// days since year 1 -> civil date (proleptic Gregorian).
func civil(days int64) (year int, month Month, day int, yday int) {
	// shift to 0000-03-01 based computation (Howard Hinnant's algorithm)
	z := days + 306 // days from 0000-03-01 to 0001-01-01 is 306
	era := z / 146097
	if z < 0 && z%146097 != 0 {
		era--
	}
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	y := yoe + era*400
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	d := doy - (153*mp+2)/5 + 1
	m := mp + 3
	if m > 12 {
		m -= 12
	}
	if m <= 2 {
		y++
	}
	year, month, day = int(y), Month(m), int(d)
	yday = day
	for i := January; i < month; i++ {
		yday += daysIn(i, year)
	}
	return
}

func isLeap(year int) bool {
	return year%4 == 0 && (year%100 != 0 || year%400 == 0)
}

var daysBefore = []int{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}

func daysIn(m Month, year int) int {
	if m == February && isLeap(year) {
		return 29
	}
	return daysBefore[m-1]
}

// days from year 1 to the given civil date.
func daysFromCivil(y int64, m int64, d int64) int64 {
	if m <= 2 {
		y--
	}
	era := y / 400
	if y < 0 && y%400 != 0 {
		era--
	}
	yoe := y - era*400
	mp := (m + 9) % 12
	doy := (153*mp+2)/5 + d - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 306
}

func floorDiv(a, b int64) (q, r int64) {
	q = a / b
	r = a % b
	if r < 0 {
		q--
		r += b
	}
	return
}

// Date returns the Time corresponding to yyyy-mm-dd hh:mm:ss + nsec in loc.
func Date(year int, month Month, day, hour, min, sec, nsec int, loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Date")
	}
	// normalise month, then the rest through plain arithmetic
	m := int64(month) - 1
	yq, mr := floorDiv(m, 12)
	y := int64(year) + yq
	sq, nr := floorDiv(int64(nsec), 1e9)
	total := int64(sec) + sq + int64(min)*60 + int64(hour)*3600
	days := daysFromCivil(y, mr+1, 1) + int64(day) - 1
	abs := days*secondsPerDay + total
	return Time{sec: abs - int64(loc.offset), nsec: nr, loc: loc}
}

// Date returns the year, month, and day in which t occurs.
func (t Time) Date() (year int, month Month, day int) {
	days, _ := floorDiv(t.abs(), secondsPerDay)
	year, month, day, _ = civil(days)
	return
}

func (t Time) Year() int         { y, _, _ := t.Date(); return y }
func (t Time) Month() Month      { _, m, _ := t.Date(); return m }
func (t Time) Day() int          { _, _, d := t.Date(); return d }
func (t Time) Nanosecond() int   { return int(t.nsec) }
func (t Time) Hour() int         { h, _, _ := t.Clock(); return h }
func (t Time) Minute() int       { _, m, _ := t.Clock(); return m }
func (t Time) Second() int       { _, _, s := t.Clock(); return s }
func (t Time) YearDay() int      { days, _ := floorDiv(t.abs(), secondsPerDay); _, _, _, yd := civil(days); return yd }
func (t Time) Weekday() Weekday  { days, _ := floorDiv(t.abs(), secondsPerDay); _, w := floorDiv(days+1, 7); return Weekday(w) }

// Clock returns the hour, minute, and second within the day specified by t.
func (t Time) Clock() (hour, min, sec int) {
	_, s := floorDiv(t.abs(), secondsPerDay)
	hour = int(s / secondsPerHour)
	s -= int64(hour) * secondsPerHour
	min = int(s / secondsPerMinute)
	sec = int(s - int64(min)*secondsPerMinute)
	return
}

// String returns the time formatted as "2006-01-02 15:04:05.999999999 -0700 MST",
// followed by the monotonic reading " m=±<value>" when t has one.
func (t Time) String() string {
	s := t.Format("2006-01-02 15:04:05.999999999 -0700 MST")
	if t.mono != 0 {
		m2 := uint64(t.mono)
		sign := byte('+')
		if t.mono < 0 {
			sign = '-'
			m2 = -m2
		}
		m1, m2 := m2/1e9, m2%1e9
		m0, m1 := m1/1e9, m1%1e9
		buf := []byte(" m=")
		buf = append(buf, sign)
		wid := 0
		if m0 != 0 {
			buf = appendInt(buf, int(m0), 0)
			wid = 9
		}
		buf = appendInt(buf, int(m1), wid)
		buf = append(buf, '.')
		buf = appendInt(buf, int(m2), 9)
		s += string(buf)
	}
	return s
}

// GoString implements fmt.GoStringer (simplified).
func (t Time) GoString() string { return t.String() }

// appendInt appends the decimal form of x to b, padded with zeros to width.
func appendInt(b []byte, x int, width int) []byte {
	u := uint(x)
	if x < 0 {
		b = append(b, '-')
		u = uint(-x)
	}
	var buf [20]byte
	i := len(buf)
	for u >= 10 {
		i--
		q := u / 10
		buf[i] = byte('0' + u - q*10)
		u = q
	}
	i--
	buf[i] = byte('0' + u)
	for w := len(buf) - i; w < width; w++ {
		b = append(b, '0')
	}
	return append(b, buf[i:]...)
}

// ---- formatting (Go's format.go, without parsing) ----

const (
	stdNone = iota
	stdLongMonth
	stdMonth
	stdNumMonth
	stdZeroMonth
	stdLongWeekDay
	stdWeekDay
	stdDay
	stdUnderDay
	stdZeroDay
	stdUnderYearDay
	stdZeroYearDay
	stdHour
	stdHour12
	stdZeroHour12
	stdMinute
	stdZeroMinute
	stdSecond
	stdZeroSecond
	stdLongYear
	stdYear
	stdPM
	stdpm
	stdTZ
	stdISO8601TZ
	stdISO8601SecondsTZ
	stdISO8601ShortTZ
	stdISO8601ColonTZ
	stdISO8601ColonSecondsTZ
	stdNumTZ
	stdNumSecondsTz
	stdNumShortTZ
	stdNumColonTZ
	stdNumColonSecondsTZ
	stdFracSecond0
	stdFracSecond9
)

func startsWithLowerCase(str string) bool {
	if len(str) == 0 {
		return false
	}
	c := str[0]
	return 'a' <= c && c <= 'z'
}

func isDigit(s string, i int) bool {
	if len(s) <= i {
		return false
	}
	c := s[i]
	return '0' <= c && c <= '9'
}

// nextStdChunk finds the first layout element in layout: prefix, the
// element (std), its argument (fraction digits) and the suffix.
func nextStdChunk(layout string) (prefix string, std int, arg int, suffix string) {
	for i := 0; i < len(layout); i++ {
		switch c := int(layout[i]); c {
		case 'J': // January, Jan
			if len(layout) >= i+3 && layout[i:i+3] == "Jan" {
				if len(layout) >= i+7 && layout[i:i+7] == "January" {
					return layout[0:i], stdLongMonth, 0, layout[i+7:]
				}
				if !startsWithLowerCase(layout[i+3:]) {
					return layout[0:i], stdMonth, 0, layout[i+3:]
				}
			}
		case 'M': // Monday, Mon, MST
			if len(layout) >= i+3 {
				if layout[i:i+3] == "Mon" {
					if len(layout) >= i+6 && layout[i:i+6] == "Monday" {
						return layout[0:i], stdLongWeekDay, 0, layout[i+6:]
					}
					if !startsWithLowerCase(layout[i+3:]) {
						return layout[0:i], stdWeekDay, 0, layout[i+3:]
					}
				}
				if layout[i:i+3] == "MST" {
					return layout[0:i], stdTZ, 0, layout[i+3:]
				}
			}
		case '0': // 01, 02, 03, 04, 05, 06, 002
			if len(layout) >= i+2 && '1' <= layout[i+1] && layout[i+1] <= '6' {
				return layout[0:i], []int{stdZeroMonth, stdZeroDay, stdZeroHour12, stdZeroMinute, stdZeroSecond, stdYear}[layout[i+1]-'1'], 0, layout[i+2:]
			}
			if len(layout) >= i+3 && layout[i+1] == '0' && layout[i+2] == '2' {
				return layout[0:i], stdZeroYearDay, 0, layout[i+3:]
			}
		case '1': // 15, 1
			if len(layout) >= i+2 && layout[i+1] == '5' {
				return layout[0:i], stdHour, 0, layout[i+2:]
			}
			return layout[0:i], stdNumMonth, 0, layout[i+1:]
		case '2': // 2006, 2
			if len(layout) >= i+4 && layout[i:i+4] == "2006" {
				return layout[0:i], stdLongYear, 0, layout[i+4:]
			}
			return layout[0:i], stdDay, 0, layout[i+1:]
		case '_': // _2, _2006, __2
			if len(layout) >= i+2 && layout[i+1] == '2' {
				if len(layout) >= i+5 && layout[i+1:i+5] == "2006" {
					return layout[0 : i+1], stdLongYear, 0, layout[i+5:]
				}
				return layout[0:i], stdUnderDay, 0, layout[i+2:]
			}
			if len(layout) >= i+3 && layout[i+1] == '_' && layout[i+2] == '2' {
				return layout[0:i], stdUnderYearDay, 0, layout[i+3:]
			}
		case '3':
			return layout[0:i], stdHour12, 0, layout[i+1:]
		case '4':
			return layout[0:i], stdMinute, 0, layout[i+1:]
		case '5':
			return layout[0:i], stdSecond, 0, layout[i+1:]
		case 'P': // PM
			if len(layout) >= i+2 && layout[i+1] == 'M' {
				return layout[0:i], stdPM, 0, layout[i+2:]
			}
		case 'p': // pm
			if len(layout) >= i+2 && layout[i+1] == 'm' {
				return layout[0:i], stdpm, 0, layout[i+2:]
			}
		case '-': // -070000, -07:00:00, -0700, -07:00, -07
			if len(layout) >= i+7 && layout[i:i+7] == "-070000" {
				return layout[0:i], stdNumSecondsTz, 0, layout[i+7:]
			}
			if len(layout) >= i+9 && layout[i:i+9] == "-07:00:00" {
				return layout[0:i], stdNumColonSecondsTZ, 0, layout[i+9:]
			}
			if len(layout) >= i+5 && layout[i:i+5] == "-0700" {
				return layout[0:i], stdNumTZ, 0, layout[i+5:]
			}
			if len(layout) >= i+6 && layout[i:i+6] == "-07:00" {
				return layout[0:i], stdNumColonTZ, 0, layout[i+6:]
			}
			if len(layout) >= i+3 && layout[i:i+3] == "-07" {
				return layout[0:i], stdNumShortTZ, 0, layout[i+3:]
			}
		case 'Z': // Z070000, Z07:00:00, Z0700, Z07:00,
			if len(layout) >= i+7 && layout[i:i+7] == "Z070000" {
				return layout[0:i], stdISO8601SecondsTZ, 0, layout[i+7:]
			}
			if len(layout) >= i+9 && layout[i:i+9] == "Z07:00:00" {
				return layout[0:i], stdISO8601ColonSecondsTZ, 0, layout[i+9:]
			}
			if len(layout) >= i+5 && layout[i:i+5] == "Z0700" {
				return layout[0:i], stdISO8601TZ, 0, layout[i+5:]
			}
			if len(layout) >= i+6 && layout[i:i+6] == "Z07:00" {
				return layout[0:i], stdISO8601ColonTZ, 0, layout[i+6:]
			}
			if len(layout) >= i+3 && layout[i:i+3] == "Z07" {
				return layout[0:i], stdISO8601ShortTZ, 0, layout[i+3:]
			}
		case '.', ',': // ,000, or .000, or ,999, or .999 - repeated digits for fractional seconds.
			if i+1 < len(layout) && (layout[i+1] == '0' || layout[i+1] == '9') {
				ch := layout[i+1]
				j := i + 1
				for j < len(layout) && layout[j] == ch {
					j++
				}
				// String of digits must end here - only fractional second if all digits.
				if !isDigit(layout, j) {
					code := stdFracSecond0
					if layout[i+1] == '9' {
						code = stdFracSecond9
					}
					return layout[0:i], code, j - (i + 1), layout[j:]
				}
			}
		}
	}
	return layout, 0, 0, ""
}

// appendNano appends a fractional second (n nanoseconds) with the given
// number of digits; trim removes trailing zeros (and the dot if nothing is left).
func appendNano(b []byte, nanosec int, digits int, trim bool, sep byte) []byte {
	u := nanosec
	var buf [9]byte
	for start := len(buf); start > 0; {
		start--
		buf[start] = byte(u%10 + '0')
		u /= 10
	}
	if digits > 9 {
		digits = 9
	}
	if trim {
		for digits > 0 && buf[digits-1] == '0' {
			digits--
		}
		if digits == 0 {
			return b
		}
	}
	b = append(b, sep)
	return append(b, buf[:digits]...)
}

// Format returns a textual representation of the time value formatted
// according to layout (Go's reference time Mon Jan 2 15:04:05 MST 2006).
func (t Time) Format(layout string) string {
	return string(t.AppendFormat(nil, layout))
}

// AppendFormat is like Format but appends the textual representation to b.
func (t Time) AppendFormat(b []byte, layout string) []byte {
	name, offset := t.Zone()
	year, month, day := t.Date()
	yday := t.YearDay()
	hour, min, sec := t.Clock()
	for layout != "" {
		prefix, std, arg, suffix := nextStdChunk(layout)
		if prefix != "" {
			b = append(b, prefix...)
		}
		if std == 0 {
			break
		}
		layout = suffix
		switch std {
		case stdYear:
			y := year
			if y < 0 {
				y = -y
			}
			b = appendInt(b, y%100, 2)
		case stdLongYear:
			b = appendInt(b, year, 4)
		case stdMonth:
			b = append(b, shortMonthNames[month-1]...)
		case stdLongMonth:
			b = append(b, longMonthNames[month-1]...)
		case stdNumMonth:
			b = appendInt(b, int(month), 0)
		case stdZeroMonth:
			b = appendInt(b, int(month), 2)
		case stdWeekDay:
			b = append(b, shortDayNames[t.Weekday()]...)
		case stdLongWeekDay:
			b = append(b, longDayNames[t.Weekday()]...)
		case stdDay:
			b = appendInt(b, day, 0)
		case stdUnderDay:
			if day < 10 {
				b = append(b, ' ')
			}
			b = appendInt(b, day, 0)
		case stdZeroDay:
			b = appendInt(b, day, 2)
		case stdUnderYearDay:
			if yday < 100 {
				b = append(b, ' ')
				if yday < 10 {
					b = append(b, ' ')
				}
			}
			b = appendInt(b, yday, 0)
		case stdZeroYearDay:
			b = appendInt(b, yday, 3)
		case stdHour:
			b = appendInt(b, hour, 2)
		case stdHour12:
			hr := hour % 12
			if hr == 0 {
				hr = 12
			}
			b = appendInt(b, hr, 0)
		case stdZeroHour12:
			hr := hour % 12
			if hr == 0 {
				hr = 12
			}
			b = appendInt(b, hr, 2)
		case stdMinute:
			b = appendInt(b, min, 0)
		case stdZeroMinute:
			b = appendInt(b, min, 2)
		case stdSecond:
			b = appendInt(b, sec, 0)
		case stdZeroSecond:
			b = appendInt(b, sec, 2)
		case stdPM:
			if hour >= 12 {
				b = append(b, "PM"...)
			} else {
				b = append(b, "AM"...)
			}
		case stdpm:
			if hour >= 12 {
				b = append(b, "pm"...)
			} else {
				b = append(b, "am"...)
			}
		case stdISO8601TZ, stdISO8601ColonTZ, stdISO8601SecondsTZ, stdISO8601ShortTZ, stdISO8601ColonSecondsTZ, stdNumTZ, stdNumColonTZ, stdNumSecondsTz, stdNumShortTZ, stdNumColonSecondsTZ:
			if offset == 0 && (std == stdISO8601TZ || std == stdISO8601ColonTZ || std == stdISO8601SecondsTZ || std == stdISO8601ShortTZ || std == stdISO8601ColonSecondsTZ) {
				b = append(b, 'Z')
				break
			}
			zone := offset / 60 // convert to minutes
			absoffset := offset
			if zone < 0 {
				b = append(b, '-')
				zone = -zone
				absoffset = -absoffset
			} else {
				b = append(b, '+')
			}
			b = appendInt(b, zone/60, 2)
			if std == stdISO8601ColonTZ || std == stdNumColonTZ || std == stdISO8601ColonSecondsTZ || std == stdNumColonSecondsTZ {
				b = append(b, ':')
			}
			if std != stdNumShortTZ && std != stdISO8601ShortTZ {
				b = appendInt(b, zone%60, 2)
			}
			if std == stdISO8601SecondsTZ || std == stdNumSecondsTz || std == stdNumColonSecondsTZ || std == stdISO8601ColonSecondsTZ {
				if std == stdNumColonSecondsTZ || std == stdISO8601ColonSecondsTZ {
					b = append(b, ':')
				}
				b = appendInt(b, absoffset%60, 2)
			}
		case stdTZ:
			if name != "" {
				b = append(b, name...)
				break
			}
			zone := offset / 60
			if zone < 0 {
				b = append(b, '-')
				zone = -zone
			} else {
				b = append(b, '+')
			}
			b = appendInt(b, zone/60, 2)
			b = appendInt(b, zone%60, 2)
		case stdFracSecond0, stdFracSecond9:
			b = appendNano(b, int(t.nsec), arg, std == stdFracSecond9, '.')
		}
	}
	return b
}

// ---- timers ----

// The Timer type represents a single event.  When the Timer expires, the
// current time will be sent on C, unless the Timer was created by AfterFunc.
type Timer struct {
	C <-chan Time
	r int // the scheduler's timer id (0: not made by NewTimer/AfterFunc)
}

func when(d Duration) int64 {
	if d <= 0 {
		return runtimeNano()
	}
	t := runtimeNano() + int64(d)
	if t < 0 {
		t = 1<<63 - 1 // overflow
	}
	return t
}

// NewTimer creates a new Timer that will send the current time on its
// channel after at least duration d.
func NewTimer(d Duration) *Timer {
	c := make(chan Time, 1)
	return &Timer{C: c, r: startChanTimer(c, when(d), 0, Local)}
}

// Stop prevents the Timer from firing.  It returns true if the call stops
// the timer, false if the timer has already expired or been stopped.
func (t *Timer) Stop() bool {
	if t.r == 0 {
		panic("time: Stop called on uninitialized Timer")
	}
	return stopTimer(t.r)
}

// Reset changes the timer to expire after duration d.  It returns true if
// the timer had been active, false if the timer had expired or been stopped.
func (t *Timer) Reset(d Duration) bool {
	if t.r == 0 {
		panic("time: Reset called on uninitialized Timer")
	}
	return resetTimer(t.r, when(d), 0)
}

// After waits for the duration to elapse and then sends the current time
// on the returned channel.
func After(d Duration) <-chan Time {
	return NewTimer(d).C
}

// AfterFunc waits for the duration to elapse and then calls f in its own
// goroutine.  It returns a Timer that can be used to cancel the call.
func AfterFunc(d Duration, f func()) *Timer {
	return &Timer{r: startFuncTimer(f, when(d))}
}

// A Ticker holds a channel that delivers “ticks” of a clock at intervals.
type Ticker struct {
	C <-chan Time
	r int
}

// NewTicker returns a new Ticker containing a channel that will send the
// current time on the channel after each tick.
func NewTicker(d Duration) *Ticker {
	if d <= 0 {
		panic(errors.New("non-positive interval for NewTicker"))
	}
	c := make(chan Time, 1)
	return &Ticker{C: c, r: startChanTimer(c, when(d), int64(d), Local)}
}

// Stop turns off a ticker.
func (t *Ticker) Stop() {
	if t.r != 0 {
		stopTimer(t.r)
	}
}

// Reset stops a ticker and resets its period to the specified duration.
func (t *Ticker) Reset(d Duration) {
	if d <= 0 {
		panic(errors.New("non-positive interval for Ticker.Reset"))
	}
	if t.r == 0 {
		panic("time: Reset called on uninitialized Ticker")
	}
	resetTimer(t.r, when(d), int64(d))
}

// Tick is a convenience wrapper for NewTicker providing access to the
// ticking channel only.
func Tick(d Duration) <-chan Time {
	if d <= 0 {
		return nil
	}
	return NewTicker(d).C
}

// ParseDuration parses a duration string such as "300ms", "-1.5h" or "2h45m".
func ParseDuration(s string) (Duration, error) {
	orig := s
	var d uint64
	neg := false
	if s != "" {
		c := s[0]
		if c == '-' || c == '+' {
			neg = c == '-'
			s = s[1:]
		}
	}
	if s == "0" {
		return 0, nil
	}
	if s == "" {
		return 0, errors.New("time: invalid duration " + quote(orig))
	}
	for s != "" {
		var v, f uint64
		scale := 1.0
		var ok bool
		// integer part
		i := 0
		for i < len(s) && '0' <= s[i] && s[i] <= '9' {
			v = v*10 + uint64(s[i]-'0')
			i++
		}
		pre := i != 0
		s = s[i:]
		post := false
		if s != "" && s[0] == '.' {
			s = s[1:]
			i = 0
			for i < len(s) && '0' <= s[i] && s[i] <= '9' {
				if scale < 1e18 {
					f = f*10 + uint64(s[i]-'0')
					scale *= 10
				}
				i++
			}
			post = i != 0
			s = s[i:]
		}
		if !pre && !post {
			return 0, errors.New("time: invalid duration " + quote(orig))
		}
		i = 0
		for i < len(s) && (s[i] == '.' || s[i] < '0' || s[i] > '9') {
			i++
		}
		if i == 0 {
			return 0, errors.New("time: missing unit in duration " + quote(orig))
		}
		u := s[:i]
		s = s[i:]
		var unit uint64
		unit, ok = unitMap[u]
		if !ok {
			return 0, errors.New("time: unknown unit " + quote(u) + " in duration " + quote(orig))
		}
		v *= unit
		if f > 0 {
			v += uint64(float64(f) * (float64(unit) / scale))
		}
		d += v
		if d > 1<<63 {
			return 0, errors.New("time: invalid duration " + quote(orig))
		}
	}
	if neg {
		return -Duration(d), nil
	}
	if d > 1<<63-1 {
		return 0, errors.New("time: invalid duration " + quote(orig))
	}
	return Duration(d), nil
}

var unitMap = map[string]uint64{
	"ns": uint64(Nanosecond),
	"us": uint64(Microsecond),
	"µs": uint64(Microsecond), // U+00B5 = micro symbol
	"μs": uint64(Microsecond), // U+03BC = Greek letter mu
	"ms": uint64(Millisecond),
	"s":  uint64(Second),
	"m":  uint64(Minute),
	"h":  uint64(Hour),
}

func quote(s string) string {
	return "\"" + s + "\""
}
