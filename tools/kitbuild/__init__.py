"""What the kit's build tools share (``tools/build.py``, ``build_presenter.py``, ``build_slides.py``,
``build_guide.py``).

* ``sources``    where sources and generated copies live; the lesson list; the notebook
                 header; which explorers a lesson calls
* ``generate``   the skeleton: plan -> write what changed -> report what is out of sync -> --check
* ``dashboards`` presenter mode: one dashboard per explorer, and the index
* ``lessons``    a lesson read for the slides (sections, figures, key points);
  ``text``       its Markdown turned into slide text
* ``figures``, ``slides``, ``documents``, ``reveal``   the decks and handouts

Lesson content and economics are not here: demo questions and the model's numbers live in
``customer_king.demos``.
"""
