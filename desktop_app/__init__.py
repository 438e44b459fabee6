"""ID Scan Station: read identity documents at a front desk or kiosk."""

__version__ = "0.1.0"
APP_NAME = "ID Scan Station"
APP_ID = "id-scan-station"  # keyring service name, QSettings organisation/application
