/* A stand-in for Windows' bcryptprimitives.dll, for running the Windows build under Wine only.
 * Go 1.24+ gets its random numbers from ProcessPrng in bcryptprimitives.dll (Windows 10 and
 * later have it); Wine 8.0 has no such DLL, and the Go runtime stops at start-up with
 * "bcryptprimitives.dll not found". ProcessPrng here calls RtlGenRandom (SystemFunction036 in
 * advapi32), which Wine has. scripts/check-windows.sh builds it into a private Wine prefix;
 * it is never shipped. */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T len)
{
	while (len > 0) {
		ULONG n = len > 0x40000000 ? 0x40000000 : (ULONG)len;
		if (!SystemFunction036(data, n))
			return FALSE;
		data += n;
		len -= n;
	}
	return TRUE;
}
