"""Stand-in for the backend's resource_monitor.ResourceMonitor: reads /proc and statvfs, so the
module's adapter is exercised with real readings (of the container)."""
import os


class ProcResourceMonitor:
    def __init__(self, disk_path: str = "/"):
        self.disk_path = disk_path
        self._last = None  # (busy, total) jiffies at the previous reading

    def _cpu_percent(self) -> float:
        with open("/proc/stat") as fh:
            fields = [int(x) for x in fh.readline().split()[1:]]
        idle = fields[3] + (fields[4] if len(fields) > 4 else 0)
        total = sum(fields)
        last, self._last = self._last, (total - idle, total)
        if last is None or total == last[1]:
            return 0.0
        return 100.0 * (total - idle - last[0]) / (total - last[1])

    @staticmethod
    def _memory_percent() -> float:
        info = {}
        with open("/proc/meminfo") as fh:
            for line in fh:
                k, v = line.split(":", 1)
                info[k] = int(v.split()[0])
        return 100.0 * (1 - info["MemAvailable"] / info["MemTotal"])

    def _disk_percent(self) -> float:
        st = os.statvfs(self.disk_path)
        return 100.0 * (1 - st.f_bavail / st.f_blocks) if st.f_blocks else 0.0

    def get_system_metrics(self):
        return {"cpu_percent": self._cpu_percent(), "memory_percent": self._memory_percent(),
                "disk_percent": self._disk_percent()}
