import { md } from "./md";
import type { ArticleContent } from "./types";

export const article: ArticleContent = {
  slug: "back-pain-red-flags-when-to-see-a-doctor",
  title: "Back Pain Red Flags: When to See a Doctor",
  excerpt:
    "Most back pain settles on its own, but a few signs need emergency care and others need a doctor soon. " +
    "Know them before you need them.",
  tags: ["back-pain", "safety"],
  routineSlugs: ["gentle-painful-day"],
  publishedAt: "2025-06-24",
  coverAlt: null,
  showCalculator: false,
  body: md`
Most back pain, including the kind that shows up after a heavy training session, is not caused by anything serious. It
usually improves within a few weeks with gentle movement and sensible changes to your training. A small number of
symptoms, however, suggest that something more than a strained muscle is going on, such as pressure on the nerves at the
base of the spine, an infection, a fracture or, rarely, a tumour.

These are known as red flags. They are uncommon, but they are worth knowing by heart, because acting quickly can make a
big difference.

**If you have any sign from the emergency list below, stop reading and get emergency care now.**

## Emergency signs: get help now

Call your local emergency number or go straight to an emergency department if you have back pain together with any of
the following:

- **Loss of bladder or bowel control**, or being unable to pass urine even though you need to (urinary retention).
- **Numbness around your genitals, buttocks or inner thighs**, the area that would touch a saddle if you were riding a
  horse. Doctors call this saddle numbness.
- **Weakness or numbness in both legs**, or legs that are getting weaker, heavier or clumsier.

Together, these can be signs of cauda equina syndrome, where the bundle of nerves at the bottom of the spinal canal is
being squeezed, often by a large disc bulge. It is rare, but it is a true emergency: the sooner the pressure is
relieved, the better the chance of keeping normal bladder, bowel, sexual and leg function. **Do not wait to see whether
it settles, and do not wait for a routine appointment.**

## Urgent signs: see a doctor soon

Contact a doctor the same day, or use an urgent advice line, if your back pain comes with any of these:

- **It started after a fall, car accident or other injury.** A fracture is possible, especially if your bones may be
  thinner than average.
- **Fever, feeling hot and shivery, or feeling generally unwell.** This can point to an infection.
- **Unexplained weight loss**, meaning you are losing weight without trying.
- **A history of cancer**, even if it was treated years ago.
- **Constant pain that is there at night** and does not ease when you rest or change position.
- **New back pain when you are under 20 or over 50**, particularly if any of the other signs on this page are also
  present.

Also tell a doctor soon if pain spreads down one leg with numbness, tingling or weakness, or if your pain is severe and
getting steadily worse.

## Not improving: see a GP or physiotherapist

Plenty of back pain is not dangerous but still needs professional help. Book an appointment with a GP or a
physiotherapist if:

- **Your pain has not improved after about 6 weeks** of looking after it yourself.
- It stops you from working, sleeping or doing everyday tasks.
- It keeps coming back, and you would like a plan to deal with it.

A physiotherapist can assess how you move, find the likely cause and give you a graded exercise plan, including advice
on when and how to return to heavy lifting.

## The signs at a glance

| Sign                                                   | What to do                  |
| ------------------------------------------------------ | --------------------------- |
| Loss of bladder or bowel control, or urinary retention | Emergency care now          |
| Numbness around the genitals or buttocks (saddle area) | Emergency care now          |
| Weakness or numbness in both legs                      | Emergency care now          |
| Pain after a fall or accident                          | See a doctor soon           |
| Fever or feeling unwell                                | See a doctor soon           |
| Unexplained weight loss                                | See a doctor soon           |
| History of cancer                                      | See a doctor soon           |
| Constant pain, including at night                      | See a doctor soon           |
| New pain when under 20 or over 50, with other signs    | See a doctor soon           |
| No improvement after about 6 weeks                     | See a GP or physiotherapist |

## A word for lifters

Lifters are used to pushing through discomfort, and that habit can work against you here. A few practical points:

- **Do not test a worrying back under the bar.** If something went "pop" and the pain shoots down a leg, or any sign
  above appears, stop the session.
- **Numbness or weakness is never a training problem.** It is a reason to see a professional, not to reach for a lighter
  weight.
- **Be honest about the pattern.** Pain that is worst at night and unrelated to training is different from soreness that
  follows a heavy deadlift day.

SteadyBack asks about these warning signs when you check in. If you tick one, it points you to medical help instead of
suggesting a routine.

## If none of these apply

Ordinary back pain usually responds well to staying active. Keep moving, reduce the load rather than stopping
completely, and choose gentle exercises that do not make things worse, such as the
[gentle routine for a painful day](/routines/gentle-painful-day). For more on training through a sore back, read
[back pain and training: your questions answered](/articles/back-pain-and-training-questions).

## Sources

- NICE guideline NG59, _Low back pain and sciatica in over 16s: assessment and management_ (National Institute for
  Health and Care Excellence).
- NHS, _Back pain_ and _Cauda equina syndrome_ (NHS health A to Z).

_This article is general guidance, not medical advice. It cannot diagnose you. If you are worried about your symptoms,
contact a doctor, and in an emergency call your local emergency number._
  `,
};
