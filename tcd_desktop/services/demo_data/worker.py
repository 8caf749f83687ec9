"""Entry point of the worker process: ``python -m tcd_desktop.services.demo_data.worker``.

Kept apart from :mod:`.pipeline` so that ``-m`` does not run a module the package has
already imported.
"""

from tcd_desktop.services.demo_data.pipeline import worker_main

if __name__ == "__main__":
    worker_main()
