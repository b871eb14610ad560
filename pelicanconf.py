"""Pelican settings for building Haeran locally (``invoke build``, ``invoke serve``)."""

SITENAME = "해란 · 海兰"
SITEURL = ""  # root-relative links while previewing; publishconf.py sets the real URL
AUTHOR = "Haeran"
TIMEZONE = "Asia/Shanghai"
DEFAULT_LANG = "ko"

PATH = "content"
ARTICLE_PATHS = ["ko", "zh"]
PAGE_PATHS = ["pages"]
IGNORE_FILES = [".#*", "README.md"]
OUTPUT_PATH = "output"
THEME = "theme"

PLUGIN_PATHS = ["plugins"]
PLUGINS = ["digest"]

# Articles and pages live under their side: /ko/…, /zh/…
ARTICLE_URL = "{lang}/{date:%Y}/{slug}/"
ARTICLE_SAVE_AS = ARTICLE_URL + "index.html"
ARTICLE_LANG_URL = ARTICLE_URL
ARTICLE_LANG_SAVE_AS = ARTICLE_SAVE_AS
ARTICLE_TRANSLATION_ID = "translation_key"
PAGE_URL = "{lang}/{slug}/"
PAGE_SAVE_AS = PAGE_URL + "index.html"
PAGE_LANG_URL = PAGE_URL
PAGE_LANG_SAVE_AS = PAGE_SAVE_AS
PAGE_TRANSLATION_ID = "slug"

# Listings, tag pages and feeds are written per side by the digest plugin, so
# Pelican's single-language ones are switched off.
DIRECT_TEMPLATES = []
TAG_SAVE_AS = TAGS_SAVE_AS = ""
CATEGORY_SAVE_AS = CATEGORIES_SAVE_AS = ""
AUTHOR_SAVE_AS = AUTHORS_SAVE_AS = ""
ARCHIVES_SAVE_AS = ""
USE_FOLDER_AS_CATEGORY = False
DEFAULT_CATEGORY = "news"
FEED_ALL_ATOM = FEED_ALL_RSS = None
CATEGORY_FEED_ATOM = CATEGORY_FEED_RSS = None
TRANSLATION_FEED_ATOM = TRANSLATION_FEED_RSS = None
AUTHOR_FEED_ATOM = AUTHOR_FEED_RSS = None
TAG_FEED_ATOM = TAG_FEED_RSS = None
# The plugin's RSS feeds carry whole articles in <description>, as its Atom feeds do in <content>.
RSS_FEED_SUMMARY_ONLY = False

PAGINATION_PATTERNS = (
    (1, "{url}", "{save_as}"),
    (2, "{base_name}/page/{number}/", "{base_name}/page/{number}/index.html"),
)

# Summaries are plain text written by the plugin, not Markdown.
FORMATTED_FIELDS = []
JINJA_ENVIRONMENT = {"trim_blocks": True, "lstrip_blocks": True, "autoescape": True}
MARKDOWN = {
    "extensions": ["markdown.extensions.extra", "markdown.extensions.sane_lists"],
    "extension_configs": {},
    "output_format": "html5",
}

# Settings of the digest plugin (defaults and checks: plugins/digest/site/settings.py)
DIGEST_VOCABULARY = "vocabulary.yaml"
DIGEST_SUMMARY_BUDGETS = {"ko": 250, "zh": 150}
DIGEST_ARTICLES_PER_PAGE = 20
DIGEST_SITE_TITLE = {"ko": "해란 과학기술 소식", "zh": "海兰科技快讯"}
# Where the site is published (publishconf.py takes it from HAERAN_SITEURL): canonical
# links, hreflang alternates, the sitemap and feeds name pages by it, also in previews.
DIGEST_PUBLIC_URL = "https://haeran.github.io"
