"""What one build shares between the plugin's handlers."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..errors import ContentError
from ..vocabulary import TagVocabulary, load_vocabulary
from .settings import vocabulary_path

_KEY = "_DIGEST_BUILD_STATE"


@dataclass
class BuildState:
    vocabulary: TagVocabulary
    content_errors: list[ContentError] = field(default_factory=list)
    articles: list = field(default_factory=list)  # originals and translations, once read


def new_build_state(settings: dict) -> BuildState:
    """Start a build: load the vocabulary named in the settings."""
    state = BuildState(vocabulary=load_vocabulary(vocabulary_path(settings)))
    settings[_KEY] = state
    return state


def build_state(settings: dict) -> BuildState:
    """The current build's state (started on first use)."""
    return settings.get(_KEY) or new_build_state(settings)
