package speech

import (
	"bufio"
	"encoding/base64"
	"fmt"
	"io"
	"os/exec"
	"strings"
	"syscall"
	"unicode/utf16"
)

// sapiScript runs in one long-lived PowerShell: it reads lines "VOLUME<TAB>LANG<TAB>TEXT" and
// says each through SAPI (System.Speech), cutting off the one before, with a voice installed for
// the language where there is one. It reads its input as UTF-8 whatever the console's code page,
// and prints "ready" once SAPI is loaded.
const sapiScript = `$ErrorActionPreference = 'Stop'
$reader = New-Object System.IO.StreamReader([Console]::OpenStandardInput(), [Text.Encoding]::UTF8)
Add-Type -AssemblyName System.Speech
$s = New-Object System.Speech.Synthesis.SpeechSynthesizer
$s.SetOutputToDefaultAudioDevice()
[Console]::Out.WriteLine('ready')
[Console]::Out.Flush()
while ($null -ne ($l = $reader.ReadLine())) {
  $p = $l.Split("` + "`t" + `", 3)
  if ($p.Length -lt 3) { continue }
  try {
    $s.SpeakAsyncCancelAll()
    $s.Volume = [int]$p[0]
    $v = $s.GetInstalledVoices() | Where-Object { $_.Enabled -and $_.VoiceInfo.Culture.TwoLetterISOLanguageName -eq $p[1] } | Select-Object -First 1
    if ($v) { $s.SelectVoice($v.VoiceInfo.Name) }
    [void]$s.SpeakAsync($p[2])
  } catch { } # one line that cannot be said is not the end of the voice
}
`

// sapiEngine feeds lines to the PowerShell that runs sapiScript.
type sapiEngine struct {
	cmd *exec.Cmd
	in  io.WriteCloser
}

// openSystem starts PowerShell with SAPI loaded, hidden, and waits for it to say it is ready.
func openSystem() (engine, error) {
	bin, err := exec.LookPath("powershell.exe")
	if err != nil {
		return nil, fmt.Errorf("%w: PowerShell was not found", ErrNoService)
	}
	units := utf16.Encode([]rune(sapiScript))
	raw := make([]byte, 2*len(units))
	for i, u := range units {
		raw[2*i], raw[2*i+1] = byte(u), byte(u>>8)
	}
	cmd := exec.Command(bin, "-NoProfile", "-NonInteractive", "-ExecutionPolicy", "Bypass",
		"-EncodedCommand", base64.StdEncoding.EncodeToString(raw))
	cmd.SysProcAttr = &syscall.SysProcAttr{HideWindow: true, CreationFlags: 0x08000000} // CREATE_NO_WINDOW
	in, err := cmd.StdinPipe()
	if err != nil {
		return nil, err
	}
	out, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("%w: PowerShell would not start: %v", ErrNoService, err)
	}
	line, err := bufio.NewReader(out).ReadString('\n')
	if err != nil || strings.TrimSpace(line) != "ready" {
		in.Close()
		cmd.Process.Kill()
		cmd.Wait()
		return nil, fmt.Errorf("%w: the Windows speech API (SAPI) did not load: %q %v", ErrNoService, line, err)
	}
	go io.Copy(io.Discard, out)
	return &sapiEngine{cmd: cmd, in: in}, nil
}

func (e *sapiEngine) say(u Utterance) error {
	text := strings.Join(strings.FieldsFunc(u.Text, func(r rune) bool { return r == '\n' || r == '\r' || r == '\t' }), " ")
	if _, err := fmt.Fprintf(e.in, "%d\t%s\t%s\n", max(0, min(100, u.Volume)), u.Lang, text); err != nil {
		return fmt.Errorf("SAPI: %w", err)
	}
	return nil
}

func (e *sapiEngine) close() error {
	e.in.Close() // PowerShell's loop ends at the end of its input
	return e.cmd.Wait()
}
