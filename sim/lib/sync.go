// Package sync as gocafe provides it: Go 1.19's own algorithms (mutex.go,
// rwmutex.go, waitgroup.go, once.go, cond.go), with plain operations where Go
// uses atomics - gocafe's scheduler is cooperative, so nothing can run between
// two statements of a goroutine unless it blocks.  Goroutines block only in
// the runtime semaphores (semacquire / semrelease, natives in
// sim/lib_sync.c), with FIFO wait queues and Go's wake-up order (the woken
// goroutine runs next), so with GOMAXPROCS=1 the interleavings are Go's.
//
// Wait reasons are current Go's words ("sync.Mutex.Lock", "sync.RWMutex.RLock",
// "sync.RWMutex.Lock", "sync.WaitGroup.Wait", "sync.Cond.Wait"); Go 1.19 said
// "semacquire" for all but Cond (see lib_sync.c).  The helper frames
// (runtime_Semacquire, runtime_SemacquireMutex, lockSlow, runtime_notifyListWait,
// fatal) carry Go 1.19's names so goroutine dumps read like Go's, and each
// call that shows in a dump is preceded by a `//line FILE:LINE` directive
// giving Go 1.19's position of that call (sema.go:62, waitgroup.go:139 ...).
// Go's compiler honours //line; gocafe's front end treats them as comments
// until it does (then dumps match Go 1.19's byte for byte after
// tests/normalize.sh).  Each directive sits right before a `func` line, so
// a front end that takes a function's file from the directive before its
// declaration (and numbers lines as Go does) gets every shown call right.
package sync

// natives (sim/lib_sync.c)
func semacquire(addr *uint32, lifo bool, reason int)
func semrelease(addr *uint32, handoff bool)
func semwaiters(addr *uint32) int
func nanotime() int64
func throw(s string)

// reason codes for semacquire (lib_sync.c's table)
const (
	reasonSemacquire = iota
	reasonMutexLock
	reasonRWMutexRLock
	reasonRWMutexLock
	reasonWaitGroupWait
	reasonCondWait
)

//line $GOROOT/src/runtime/sema.go:61
func runtime_Semacquire(s *uint32) {
	semacquire(s, false, reasonWaitGroupWait)
}

//line $GOROOT/src/runtime/sema.go:76
func runtime_SemacquireMutex(s *uint32, lifo bool, reason int) {
	semacquire(s, lifo, reason)
}

func runtime_Semrelease(s *uint32, handoff bool, skipframes int) {
	semrelease(s, handoff)
}

//line $GOROOT/src/runtime/panic.go:1030
func fatal(s string) {
	throw(s)
}

// A Locker represents an object that can be locked and unlocked.
type Locker interface {
	Lock()
	Unlock()
}

// ---- Mutex (mutex.go) ----

// A Mutex is a mutual exclusion lock.  The zero value is an unlocked mutex.
type Mutex struct {
	state int32
	sema  uint32
}

const (
	mutexLocked = 1 << iota // mutex is locked
	mutexWoken
	mutexStarving
	mutexWaiterShift = iota

	starvationThresholdNs = 1e6
)

// Lock locks m.  If the lock is already in use, the calling goroutine
// blocks until the mutex is available.
//line $GOROOT/src/sync/mutex.go:83
func (m *Mutex) Lock() {
	// Fast path: grab unlocked mutex.
	if m.state == 0 {
		m.state = mutexLocked
		return
	}
	// Slow path (outlined so that the fast path can be inlined)
	m.lockSlow()
}

// TryLock tries to lock m and reports whether it succeeded.
func (m *Mutex) TryLock() bool {
	old := m.state
	if old&(mutexLocked|mutexStarving) != 0 {
		return false
	}
	m.state = old | mutexLocked
	return true
}

//line $GOROOT/src/sync/mutex.go:137
func (m *Mutex) lockSlow() {
	var waitStartTime int64
	starving := false
	awoke := false
	old := m.state
	for {
		// (no spinning: one P, as runtime_canSpin says with GOMAXPROCS=1)
		new := old
		// Don't try to acquire starving mutex, new arriving goroutines must queue.
		if old&mutexStarving == 0 {
			new |= mutexLocked
		}
		if old&(mutexLocked|mutexStarving) != 0 {
			new += 1 << mutexWaiterShift
		}
		// The current goroutine switches mutex to starvation mode.
		if starving && old&mutexLocked != 0 {
			new |= mutexStarving
		}
		if awoke {
			if new&mutexWoken == 0 {
				throw("sync: inconsistent mutex state")
			}
			new &^= mutexWoken
		}
		m.state = new
		if old&(mutexLocked|mutexStarving) == 0 {
			break // locked the mutex with CAS
		}
		// If we were already waiting before, queue at the front of the queue.
		queueLifo := waitStartTime != 0
		if waitStartTime == 0 {
			waitStartTime = nanotime()
		}
		runtime_SemacquireMutex(&m.sema, queueLifo, reasonMutexLock)
		starving = starving || nanotime()-waitStartTime > starvationThresholdNs
		old = m.state
		if old&mutexStarving != 0 {
			// Ownership was handed off to us in starvation mode.
			if old&(mutexLocked|mutexWoken) != 0 || old>>mutexWaiterShift == 0 {
				throw("sync: inconsistent mutex state")
			}
			delta := int32(mutexLocked - 1<<mutexWaiterShift)
			if !starving || old>>mutexWaiterShift == 1 {
				delta -= mutexStarving
			}
			m.state += delta
			break
		}
		awoke = true
	}
}

// Unlock unlocks m.  It is a run-time error if m is not locked on entry.
//line $GOROOT/src/sync/mutex.go:218
func (m *Mutex) Unlock() {
	// Fast path: drop lock bit.
	m.state -= mutexLocked
	new := m.state
	if new != 0 {
		m.unlockSlow(new)
	}
}

//line $GOROOT/src/sync/mutex.go:226
func (m *Mutex) unlockSlow(new int32) {
	if (new+mutexLocked)&mutexLocked == 0 {
		m.state = new + mutexLocked // (Go's state is left as it was)
		fatal("sync: unlock of unlocked mutex")
	}
	if new&mutexStarving == 0 {
		old := new
		if old>>mutexWaiterShift == 0 || old&(mutexLocked|mutexWoken|mutexStarving) != 0 {
			return
		}
		// Grab the right to wake someone.
		m.state = (old - 1<<mutexWaiterShift) | mutexWoken
		runtime_Semrelease(&m.sema, false, 1)
	} else {
		// Starving mode: handoff mutex ownership to the next waiter.
		runtime_Semrelease(&m.sema, true, 1)
	}
}

// ---- RWMutex (rwmutex.go) ----

// A RWMutex is a reader/writer mutual exclusion lock.
type RWMutex struct {
	w           Mutex  // held if there are pending writers
	writerSem   uint32 // semaphore for writers to wait for completing readers
	readerSem   uint32 // semaphore for readers to wait for completing writers
	readerCount int32  // number of pending readers
	readerWait  int32  // number of departing readers
}

const rwmutexMaxReaders = 1 << 30

// RLock locks rw for reading.
//line $GOROOT/src/sync/rwmutex.go:67
func (rw *RWMutex) RLock() {
	rw.readerCount++
	if rw.readerCount < 0 {
		// A writer is pending, wait for it.
		runtime_SemacquireMutex(&rw.readerSem, false, reasonRWMutexRLock)
	}
}

// TryRLock tries to lock rw for reading and reports whether it succeeded.
func (rw *RWMutex) TryRLock() bool {
	if rw.readerCount < 0 {
		return false
	}
	rw.readerCount++
	return true
}

// RUnlock undoes a single RLock call.
//line $GOROOT/src/sync/rwmutex.go:115
func (rw *RWMutex) RUnlock() {
	rw.readerCount--
	if r := rw.readerCount; r < 0 {
		// Outlined slow-path to allow the fast-path to be inlined
		rw.rUnlockSlow(r)
	}
}

//line $GOROOT/src/sync/rwmutex.go:127
func (rw *RWMutex) rUnlockSlow(r int32) {
	if r+1 == 0 || r+1 == -rwmutexMaxReaders {
		fatal("sync: RUnlock of unlocked RWMutex")
	}
	// A writer is pending.
	rw.readerWait--
	if rw.readerWait == 0 {
		// The last reader unblocks the writer.
		runtime_Semrelease(&rw.writerSem, false, 1)
	}
}

// Lock locks rw for writing.
//line $GOROOT/src/sync/rwmutex.go:142
func (rw *RWMutex) Lock() {
	// First, resolve competition with other writers.
	rw.w.Lock()
	// Announce to readers there is a pending writer.
	rw.readerCount -= rwmutexMaxReaders
	r := rw.readerCount + rwmutexMaxReaders
	// Wait for active readers.
	if r != 0 {
		rw.readerWait += r
		if rw.readerWait != 0 {
			runtime_SemacquireMutex(&rw.writerSem, false, reasonRWMutexLock)
		}
	}
}

// TryLock tries to lock rw for writing and reports whether it succeeded.
func (rw *RWMutex) TryLock() bool {
	if !rw.w.TryLock() {
		return false
	}
	if rw.readerCount != 0 {
		rw.w.Unlock()
		return false
	}
	rw.readerCount = -rwmutexMaxReaders
	return true
}

// Unlock unlocks rw for writing.
//line $GOROOT/src/sync/rwmutex.go:203
func (rw *RWMutex) Unlock() {
	// Announce to readers there is no active writer.
	rw.readerCount += rwmutexMaxReaders
	r := rw.readerCount
	if r >= rwmutexMaxReaders {
		rw.readerCount -= rwmutexMaxReaders
		fatal("sync: Unlock of unlocked RWMutex")
	}
	// Unblock blocked readers, if any.
	for i := 0; i < int(r); i++ {
		runtime_Semrelease(&rw.readerSem, false, 0)
	}
	// Allow other writers to proceed.
	rw.w.Unlock()
}

// RLocker returns a Locker interface that implements the Lock and Unlock
// methods by calling rw.RLock and rw.RUnlock.
func (rw *RWMutex) RLocker() Locker {
	return &rlocker{rw}
}

type rlocker struct{ rw *RWMutex }

func (r *rlocker) Lock()   { r.rw.RLock() }
func (r *rlocker) Unlock() { r.rw.RUnlock() }

// ---- WaitGroup (waitgroup.go) ----

// A WaitGroup waits for a collection of goroutines to finish.
type WaitGroup struct {
	noCopy noCopy

	state uint64 // high 32 bits are counter, low 32 bits are waiter count
	sema  uint32
}

// noCopy may be added to structs which must not be copied after first use
// (go vet's copylocks check).
type noCopy struct{}

func (*noCopy) Lock()   {}
func (*noCopy) Unlock() {}

// Add adds delta, which may be negative, to the WaitGroup counter.
//line $GOROOT/src/sync/waitgroup.go:77
func (wg *WaitGroup) Add(delta int) {
	wg.state += uint64(delta) << 32
	state := wg.state
	v := int32(state >> 32)
	w := uint32(state)
	if v < 0 {
		panic("sync: negative WaitGroup counter")
	}
	if w != 0 && delta > 0 && v == int32(delta) {
		panic("sync: WaitGroup misuse: Add called concurrently with Wait")
	}
	if v > 0 || w == 0 {
		return
	}
	// Counter is 0 and there are waiters: reset waiters count to 0 and wake
	// all of them.
	wg.state = 0
	for ; w != 0; w-- {
		runtime_Semrelease(&wg.sema, false, 0)
	}
}

// Done decrements the WaitGroup counter by one.
//line $GOROOT/src/sync/waitgroup.go:107
func (wg *WaitGroup) Done() {
	wg.Add(-1)
}

// Wait blocks until the WaitGroup counter is zero.
//line $GOROOT/src/sync/waitgroup.go:130
func (wg *WaitGroup) Wait() {
	state := wg.state
	v := int32(state >> 32)
	if v == 0 {
		// Counter is 0, no need to wait.
		return
	}
	// Increment waiters count.
	wg.state = state + 1
	runtime_Semacquire(&wg.sema)
	if wg.state != 0 {
		panic("sync: WaitGroup is reused before previous Wait has returned")
	}
}

// Go calls f in a new goroutine and adds that task to the WaitGroup
// (Go 1.25; Go by Example's waitgroups uses it).
func (wg *WaitGroup) Go(f func()) {
	wg.Add(1)
	go func() {
		defer wg.Done()
		f()
	}()
}

// ---- Once (once.go) ----

// Once is an object that will perform exactly one action.
type Once struct {
	done uint32
	m    Mutex
}

// Do calls the function f if and only if Do is being called for the first
// time for this instance of Once.
func (o *Once) Do(f func()) {
	if o.done == 0 {
		o.doSlow(f)
	}
}

func (o *Once) doSlow(f func()) {
	o.m.Lock()
	defer o.m.Unlock()
	if o.done == 0 {
		defer func() { o.done = 1 }()
		f()
	}
}

// OnceFunc returns a function that invokes f only once (Go 1.21).  If f
// panics, the returned function panics with the same value on every call.
func OnceFunc(f func()) func() {
	var (
		once  Once
		valid bool
		p     any
	)
	g := func() {
		defer func() {
			p = recover()
			if !valid {
				panic(p)
			}
		}()
		f()
		f = nil
		valid = true
	}
	return func() {
		once.Do(g)
		if !valid {
			panic(p)
		}
	}
}

// ---- Cond (cond.go) ----

// Cond implements a condition variable, a rendezvous point for goroutines
// waiting for or announcing the occurrence of an event.
type Cond struct {
	noCopy noCopy

	// L is held while observing or changing the condition
	L Locker

	notify notifyList
}

// notifyList is the runtime's ticket-based list (runtime/sema.go): waiters
// are woken in the order they called Wait.
type notifyList struct {
	wait    uint32 // ticket of the next waiter
	notify  uint32 // ticket of the next waiter to be notified
	waiters []*notifyWaiter
}

type notifyWaiter struct {
	ticket uint32
	sema   uint32
}

// NewCond returns a new Cond with Locker l.
func NewCond(l Locker) *Cond {
	return &Cond{L: l}
}

// Wait atomically unlocks c.L and suspends execution of the calling
// goroutine.  After later resuming execution, Wait locks c.L before
// returning.
//line $GOROOT/src/sync/cond.go:67
func (c *Cond) Wait() {
	t := runtime_notifyListAdd(&c.notify)
	c.L.Unlock()
	runtime_notifyListWait(&c.notify, t)
	c.L.Lock()
}

// Signal wakes one goroutine waiting on c, if there is any.
func (c *Cond) Signal() {
	runtime_notifyListNotifyOne(&c.notify)
}

// Broadcast wakes all goroutines waiting on c.
func (c *Cond) Broadcast() {
	runtime_notifyListNotifyAll(&c.notify)
}

func runtime_notifyListAdd(l *notifyList) uint32 {
	t := l.wait
	l.wait++
	return t
}

//line $GOROOT/src/runtime/sema.go:511
func runtime_notifyListWait(l *notifyList, t uint32) {
	if int32(t-l.notify) < 0 {
		return // already notified
	}
	w := &notifyWaiter{ticket: t}
	l.waiters = append(l.waiters, w)
	semacquire(&w.sema, false, reasonCondWait)
}

func runtime_notifyListNotifyAll(l *notifyList) {
	if l.wait == l.notify {
		return
	}
	l.notify = l.wait
	ws := l.waiters
	l.waiters = nil
	for _, w := range ws {
		semrelease(&w.sema, false)
	}
}

func runtime_notifyListNotifyOne(l *notifyList) {
	if l.wait == l.notify {
		return
	}
	t := l.notify
	l.notify++
	for i, w := range l.waiters {
		if w.ticket == t {
			copy(l.waiters[i:], l.waiters[i+1:])
			l.waiters = l.waiters[:len(l.waiters)-1]
			semrelease(&w.sema, false)
			return
		}
	}
}

// ---- Map (map.go, simplified: one plain map) ----

// Map is like a Go map[any]any but is safe for concurrent use.
type Map struct {
	m map[any]any
}

// Load returns the value stored in the map for a key, or nil if no value
// is present.
func (m *Map) Load(key any) (value any, ok bool) {
	value, ok = m.m[key]
	return
}

// Store sets the value for a key.
func (m *Map) Store(key, value any) {
	if m.m == nil {
		m.m = make(map[any]any)
	}
	m.m[key] = value
}

// LoadOrStore returns the existing value for the key if present.
// Otherwise, it stores and returns the given value.
func (m *Map) LoadOrStore(key, value any) (actual any, loaded bool) {
	if v, ok := m.m[key]; ok {
		return v, true
	}
	m.Store(key, value)
	return value, false
}

// LoadAndDelete deletes the value for a key, returning the previous value.
func (m *Map) LoadAndDelete(key any) (value any, loaded bool) {
	value, loaded = m.m[key]
	delete(m.m, key)
	return
}

// Delete deletes the value for a key.
func (m *Map) Delete(key any) {
	delete(m.m, key)
}

// Swap swaps the value for a key and returns the previous value if any.
func (m *Map) Swap(key, value any) (previous any, loaded bool) {
	previous, loaded = m.m[key]
	m.Store(key, value)
	return
}

// CompareAndSwap swaps the old and new values for key if the value stored
// in the map is equal to old.
func (m *Map) CompareAndSwap(key, old, new any) bool {
	if v, ok := m.m[key]; ok && v == old {
		m.m[key] = new
		return true
	}
	return false
}

// CompareAndDelete deletes the entry for key if its value is equal to old.
func (m *Map) CompareAndDelete(key, old any) (deleted bool) {
	if v, ok := m.m[key]; ok && v == old {
		delete(m.m, key)
		return true
	}
	return false
}

// Range calls f sequentially for each key and value present in the map.
// If f returns false, range stops the iteration.
func (m *Map) Range(f func(key, value any) bool) {
	for k, v := range m.m {
		if !f(k, v) {
			break
		}
	}
}

// ---- Pool (pool.go, simplified: a LIFO of values) ----

// A Pool is a set of temporary objects that may be individually saved and
// retrieved.
type Pool struct {
	items []any

	// New optionally specifies a function to generate a value when Get
	// would otherwise return nil.
	New func() any
}

// Put adds x to the pool.
func (p *Pool) Put(x any) {
	if x == nil {
		return
	}
	p.items = append(p.items, x)
}

// Get selects an arbitrary item from the Pool, removes it from the Pool,
// and returns it to the caller.
func (p *Pool) Get() any {
	if n := len(p.items); n > 0 {
		x := p.items[n-1]
		p.items = p.items[:n-1]
		return x
	}
	if p.New != nil {
		return p.New()
	}
	return nil
}
