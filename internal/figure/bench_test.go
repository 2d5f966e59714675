package figure

import "testing"

// BenchmarkAt measures one animation frame: interpolate, mirror, solve and lay out.
func BenchmarkAt(b *testing.B) {
	figs := loadFigures(b)
	ms := make([]Motion, 0, len(exerciseIDs))
	for _, id := range exerciseIDs {
		ms = append(ms, figs[id])
	}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		m := ms[i%len(ms)]
		f := m.At(RepProgress(float64(i%60)/60), i%2 == 0)
		if f.View == "" {
			b.Fatal("empty frame")
		}
		i++
	}
}

func TestAtDoesNotAllocate(t *testing.T) {
	m := loadFigures(t)["knees-to-chest"]
	if n := testing.AllocsPerRun(100, func() { _ = m.At(0.3, true) }); n != 0 {
		t.Errorf("At allocates %g times per frame", n)
	}
}
