"""Pelican settings for publishing: the public URL and absolute links in feeds."""

import os
import sys

sys.path.append(os.curdir)
from pelicanconf import *  # noqa: E402,F403

SITEURL = os.environ.get("HAERAN_SITEURL", "https://haeran.github.io").rstrip("/")
DIGEST_PUBLIC_URL = SITEURL
DIGEST_PRECOMPRESS = True  # .gz and .br beside each text file, for the web server
RELATIVE_URLS = False
DELETE_OUTPUT_DIRECTORY = True
