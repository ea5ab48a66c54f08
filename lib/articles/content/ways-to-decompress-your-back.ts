import { md } from "./md";
import type { ArticleContent } from "./types";

export const article: ArticleContent = {
  slug: "ways-to-decompress-your-back",
  title: "Ways to Decompress Your Back, and Who Should Skip Inversion",
  excerpt:
    "Stretching, yoga poses, inversion, massage and foam rolling can all ease a compressed back. Here is how " +
    "to use each one, and who must not hang upside down.",
  tags: ["decompression", "stretching", "mobility", "safety"],
  routineSlugs: [
    "desk-worker-stretch",
    "upper-back-reset",
    "morning-mobility",
    "evening-wind-down",
    "inversion-decompression",
  ],
  publishedAt: "2025-03-11",
  coverAlt: null,
  showCalculator: false,
  body: md`
A compressed back is one that feels stiff, short and heavy, as if the vertebrae have been pressed closer together. Long
days at a desk, heavy lifting and doing the same movement over and over all contribute. The result is usually less
flexibility, more stiffness and, for some people, a nagging ache.

The good news is that there are several simple ways to take that pressure off. They work best when you combine them and
make them regular, rather than saving them for a bad day.

## 1. Gentle stretching

Slow stretches lengthen the spine, calm tense muscles and help you find a more comfortable position. Three are worth
knowing by heart.

### Cat-cow

On hands and knees, breathe in as you let your belly sink and lift your chest and tailbone (cow). Breathe out as you
round your back towards the ceiling and tuck your chin (cat). Move slowly for 8 to 10 breaths. It gently moves every
segment of the spine through its range.

### Child's pose

From hands and knees, sit your hips back towards your heels and walk your hands forward until your forehead rests on the
floor or a cushion. Let your lower back widen as you breathe. Stay for 30 to 60 seconds.

### Downward dog

From hands and knees, tuck your toes and lift your hips up and back, making an upside-down V. Bend your knees as much as
you need to keep your back long rather than rounded. Hold for five slow breaths.

## 2. Yoga poses that open and support the spine

A handful of yoga poses both decompress the back and build the muscles that hold it up.

- **Cobra:** lying face down, hands under your shoulders, press your chest up while your hips stay on the floor. Keep it
  low and easy at first; a forearm version (sphinx) is gentler.
- **Bridge:** lying on your back with knees bent, press through your feet to lift your hips until your body is in a line
  from shoulders to knees. It strengthens the glutes and the muscles along the spine.
- **Supine spinal twist:** lying on your back, let both bent knees fall to one side while your shoulders stay down.
  Breathe into the stretch for 30 seconds, then switch.

Practised a few times a week, these poses improve flexibility and strength together, and most people simply feel better
for them.

## 3. Inversion therapy

Inversion means tilting your body so your head is lower than your feet, using an inversion table or ankle cuffs (gravity
boots) on a bar. Gravity then pulls the spine gently lengthwise, taking pressure off the discs for as long as you stay
there. Some people with disc problems, sciatica or a narrowed spinal canal (spinal stenosis) find short sessions ease
their symptoms, although the relief tends to be temporary.

Inversion also raises blood pressure and the pressure inside your eyes and head, so it is not for everyone.

**Do not use inversion unless a doctor has cleared you if any of these apply to you:**

| If you have...                                   | Why inversion is a problem                                |
| ------------------------------------------------ | --------------------------------------------------------- |
| High blood pressure                              | Being upside down raises blood pressure further           |
| Glaucoma, a detached retina or other eye disease | Pressure inside the eye rises when the head is low        |
| Pregnancy                                        | Balance, blood flow and the risk of falling all change    |
| Heart disease or circulation problems            | The heart has to work harder against the shift in blood   |
| A previous stroke                                | Higher pressure in the head is an added risk              |
| Osteoporosis or a recent fracture                | Weak or healing bones may not tolerate the pull or a fall |
| A hernia (abdominal or hiatal)                   | Pressure on the abdomen and chest changes when inverted   |
| Blood-thinning medication                        | Higher pressure in the head raises bleeding risk          |
| A middle or inner ear infection                  | Balance can be thrown off badly when upside down          |

If none of these apply, start gently and with someone beside you: a shallow angle, a minute or less, and come up slowly.
Stop straight away if you feel dizzy, get a headache or see blurred vision. Our guide to
[easing spinal pressure after lifting](/articles/easing-spinal-pressure-after-lifting) explains how to build up step by
step, and the [inversion decompression routine](/routines/inversion-decompression) keeps each session to a minute at a
shallow angle.

## 4. Massage

A good massage therapist uses steady pressure and kneading along the muscles beside the spine to release tight spots,
improve blood flow and help you relax. Styles vary:

- **Deep tissue work** reaches the deeper layers of muscle and can feel intense.
- **Relaxation massage** uses long, flowing strokes and is gentler.
- **Trigger point work** focuses on small, tender knots that refer pain elsewhere.

Regular sessions can help keep a busy back comfortable over the long term, especially in heavy training blocks.

## 5. Foam rolling and massage balls

Between professional sessions, you can do a fair amount yourself.

- **Upper back:** lie with a foam roller across your shoulder blades, hands supporting your head, and roll slowly up and
  down the upper and middle back.
- **Sides of the lower back and glutes:** sit on the roller or a massage ball and lean onto one buttock, rolling slowly
  over tender spots.
- **Pressure:** aim for "good discomfort", never sharp pain, and spend 30 to 60 seconds on each area.

**Avoid rolling directly on the lower spine itself.** Work the muscles beside it and around the hips instead. The
[upper-back reset](/routines/upper-back-reset) pairs rolling between the shoulder blades with a few easy stretches.

## Putting it together

The most effective plan is the one you will actually follow. A short daily habit beats an occasional long session:

- **At your desk:** a few minutes of stretching every hour or two. Most of the
  [desk-worker stretch](/routines/desk-worker-stretch) can be done standing by your chair.
- **In the morning:** easy movement to wake up a stiff back with the
  [morning mobility routine](/routines/morning-mobility).
- **In the evening:** slower stretches and breathing to settle down with the
  [evening wind-down](/routines/evening-wind-down).
- **After heavy training:** hangs and floor stretches as described in our post-lifting guide.

If your pain is getting worse, spreading, or comes with any of the warning signs in our
[back pain red flags](/articles/back-pain-red-flags-when-to-see-a-doctor) guide, stop stretching it out and get it
checked.

_This article is general guidance, not medical advice. Talk to a doctor or physiotherapist before starting inversion or
any new programme if you have a health condition._
  `,
};
