// Command pecheck checks a Windows build of Spine Coach without Windows: that the file is a 64-bit
// GUI PE executable whose resources hold an icon, a manifest and version information with the
// expected version, and that Go's build information says main.version was set to it.
//
//	go run ./scripts/pecheck -version 0.1.0 -build 1 dist/spinecoach-0.1.0-windows-amd64.exe
package main

import (
	"bytes"
	"debug/buildinfo"
	"debug/pe"
	"encoding/binary"
	"errors"
	"flag"
	"fmt"
	"os"
	"strconv"
	"strings"
)

// Resource types (winuser.h) that fyne package's .syso must provide.
var wantTypes = []struct {
	id   uint32
	name string
}{
	{3, "RT_ICON"},
	{14, "RT_GROUP_ICON"},
	{16, "RT_VERSION"},
	{24, "RT_MANIFEST"},
}

func main() {
	version := flag.String("version", "", "the `VERSION` the file must carry (x.y.z)")
	build := flag.Int("build", 1, "the build `NUMBER`, the fourth part of the Windows file version")
	flag.Parse()
	if flag.NArg() != 1 || *version == "" {
		fmt.Fprintln(os.Stderr, "usage: pecheck -version X.Y.Z [-build N] FILE.exe")
		os.Exit(2)
	}
	lines, err := check(flag.Arg(0), *version, *build)
	for _, l := range lines {
		fmt.Println("PASS:", l)
	}
	if err != nil {
		fmt.Println("FAIL:", err)
		os.Exit(1)
	}
}

// check returns what it verified, and the first thing that is wrong.
func check(path, version string, build int) ([]string, error) {
	var ok []string
	f, err := pe.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	defer f.Close()
	oh, is64 := f.OptionalHeader.(*pe.OptionalHeader64)
	if f.Machine != pe.IMAGE_FILE_MACHINE_AMD64 || !is64 {
		return ok, fmt.Errorf("%s is not a PE32+ x86-64 executable (machine %#x)", path, f.Machine)
	}
	ok = append(ok, "PE32+ executable for x86-64")
	if oh.Subsystem != pe.IMAGE_SUBSYSTEM_WINDOWS_GUI {
		return ok, fmt.Errorf("subsystem %d, want %d (GUI: no console window)", oh.Subsystem, pe.IMAGE_SUBSYSTEM_WINDOWS_GUI)
	}
	ok = append(ok, "Windows GUI subsystem (-H=windowsgui)")

	rsrc, err := resources(f, oh)
	if err != nil {
		return ok, err
	}
	types, err := resourceTypes(rsrc)
	if err != nil {
		return ok, err
	}
	for _, w := range wantTypes {
		if !types[w.id] {
			return ok, fmt.Errorf("no %s (type %d) in the resource table (types: %v)", w.name, w.id, types)
		}
	}
	ok = append(ok, "resources: RT_ICON, RT_GROUP_ICON, RT_VERSION, RT_MANIFEST")

	got, err := fixedFileVersion(rsrc)
	if err != nil {
		return ok, err
	}
	want := version + "." + strconv.Itoa(build)
	if got != want {
		return ok, fmt.Errorf("file version %s, want %s", got, want)
	}
	ok = append(ok, "file version "+got)

	bi, err := buildinfo.ReadFile(path)
	if err != nil {
		return ok, fmt.Errorf("read Go build information: %w", err)
	}
	var ldflags, goos string
	for _, s := range bi.Settings {
		switch s.Key {
		case "-ldflags":
			ldflags = s.Value
		case "GOOS":
			goos = s.Value
		}
	}
	if goos != "windows" {
		return ok, fmt.Errorf("built for GOOS=%q, want windows", goos)
	}
	if !strings.Contains(ldflags, "main.version="+version) {
		return ok, fmt.Errorf("ldflags %q do not set main.version=%s", ldflags, version)
	}
	ok = append(ok, fmt.Sprintf("Go %s build, ldflags %q", bi.GoVersion, ldflags))
	return ok, nil
}

// resources returns the bytes of the resource directory's section from the directory's start.
func resources(f *pe.File, oh *pe.OptionalHeader64) ([]byte, error) {
	if len(oh.DataDirectory) <= pe.IMAGE_DIRECTORY_ENTRY_RESOURCE {
		return nil, errors.New("no resource directory")
	}
	dd := oh.DataDirectory[pe.IMAGE_DIRECTORY_ENTRY_RESOURCE]
	if dd.VirtualAddress == 0 || dd.Size == 0 {
		return nil, errors.New("no resources (no .syso was linked: no icon, no version)")
	}
	for _, s := range f.Sections {
		if dd.VirtualAddress >= s.VirtualAddress && dd.VirtualAddress < s.VirtualAddress+s.VirtualSize {
			data, err := s.Data()
			if err != nil {
				return nil, fmt.Errorf("read section %s: %w", s.Name, err)
			}
			off := dd.VirtualAddress - s.VirtualAddress
			if int(off) >= len(data) {
				return nil, errors.New("resource directory outside its section")
			}
			return data[off:], nil
		}
	}
	return nil, errors.New("resource directory in no section")
}

// resourceTypes reads the root IMAGE_RESOURCE_DIRECTORY: its ID entries are the resource types.
func resourceTypes(rsrc []byte) (map[uint32]bool, error) {
	if len(rsrc) < 16 {
		return nil, errors.New("resource directory too short")
	}
	named := int(binary.LittleEndian.Uint16(rsrc[12:]))
	ids := int(binary.LittleEndian.Uint16(rsrc[14:]))
	if len(rsrc) < 16+8*(named+ids) {
		return nil, errors.New("resource directory entries truncated")
	}
	types := map[uint32]bool{}
	for i := named; i < named+ids; i++ {
		types[binary.LittleEndian.Uint32(rsrc[16+8*i:])] = true
	}
	return types, nil
}

// fixedFileVersion finds VS_FIXEDFILEINFO (signature 0xFEEF04BD) and returns its file version.
func fixedFileVersion(rsrc []byte) (string, error) {
	i := bytes.Index(rsrc, []byte{0xbd, 0x04, 0xef, 0xfe})
	if i < 0 || len(rsrc) < i+16 {
		return "", errors.New("no VS_FIXEDFILEINFO in the resources")
	}
	ms := binary.LittleEndian.Uint32(rsrc[i+8:])
	ls := binary.LittleEndian.Uint32(rsrc[i+12:])
	return fmt.Sprintf("%d.%d.%d.%d", ms>>16, ms&0xffff, ls>>16, ls&0xffff), nil
}
