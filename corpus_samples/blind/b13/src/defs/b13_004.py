# b13-004  medicare  Aralast NP 3,500 mg (3 x 1,000 + 1 x 500 mg), J0256 JZ.  COMPLETE.
# Styles: (5) consent + patient-education/teaching record with generic dose text; (6) first-person
# nurse infusion note; progress note from the prior visit; historical lab with an RID result.

D1 = """RIVERBEND HEALTH -- OUTPATIENT INFUSION SERVICES
CONSENT FOR TREATMENT AND PATIENT EDUCATION RECORD
ALPHA-1 PROTEINASE INHIBITOR (HUMAN) INFUSION THERAPY            Form IS-114 (rev. 06/2024)

Patient: FERREIRA, ROSALIND M       DOB: 03/11/1951      MRN: RB-5530912
Prescriber: Hollis Grant, MD (Pulmonary)
Product prescribed for me: Aralast NP (alpha1-proteinase inhibitor, human)
Consent type: [ ] initial   [x] annual renewal      Date: 01/08/2026

ABOUT THIS TREATMENT (general information -- please read)
Alpha-1 proteinase inhibitor is made from human plasma. It raises the level of alpha-1
antitrypsin in the blood and lungs of people with severe alpha-1 antitrypsin deficiency. It is
given into a vein once a week. The usual dose is 60 mg for each kilogram (kg) of body weight. For
example, an adult who weighs 70 kg (154 lb) may receive about 4,200 mg each week. Your own dose
is calculated by your doctor and pharmacist from your weight and may be rounded to whole vials.
Products in this class include Aralast NP, Glassia, Prolastin-C and Zemaira. Aralast NP comes as
a powder in 500 mg and 1,000 mg vials that the nurse mixes with sterile water. A weekly infusion
usually takes 15 to 60 minutes.

POSSIBLE RISKS AND SIDE EFFECTS
- Common: headache, dizziness, flushing, nausea, chills, mild fever, fatigue.
- Allergic reactions, rarely severe (anaphylaxis). Tell the nurse right away about itching, hives,
  chest tightness, trouble breathing, or swelling of the lips or tongue.
- People with IgA deficiency who have antibodies to IgA may be at greater risk of a serious
  reaction. (Your IgA level: normal, 214 mg/dL on 02/2012.)
- Because it is made from human plasma, there is a very small risk of transmitting infectious
  agents, including viruses and, theoretically, the CJD agent. Donors and plasma are screened and
  the product is treated to reduce this risk.
- Fluid overload in people with heart failure (rare); IV site bruising, pain or infiltration.

ALTERNATIVES: no augmentation therapy (inhalers, pulmonary rehabilitation and oxygen continue in
either case); clinical trials.

PATIENT EDUCATION / TEACHING RECORD
Learner(s): [x] patient   [x] daughter (Teresa)   Interpreter: [ ] yes  [x] no (English)
Method: [x] verbal  [x] written handout (Alpha-1 Foundation "Augmentation Therapy")  [ ] video
Topics:
 [x] purpose of therapy and weekly schedule
 [x] how the dose is chosen (weight-based, 60 mg/kg)
 [x] side effects and when to call (24-h line 555-0147)
 [x] signs of allergic reaction; EpiPen kept in infusion room
 [x] missed-dose plan: call to reschedule within the same week
 [x] travel: infusion can be arranged at a partner site with 2 weeks' notice
Today's dose (per MAR): ______________
Evaluation: [x] verbalizes understanding  [x] teach-back correct  [ ] needs reinforcement

I have read this form or had it read to me, my questions were answered, and I agree to receive
alpha-1 proteinase inhibitor infusions for 12 months from the date below or until I withdraw
consent.

Patient signature: Rosalind M. Ferreira       Date/time: 01/08/2026 09:12
Witness / RN: Jolene Marsh, RN                Date/time: 01/08/2026 09:13
"""

D2 = """RIVERBEND HEALTH -- OUTPATIENT INFUSION SERVICES
RN Infusion Note                                                    Date of service: 01/08/2026
Patient: Ferreira, Rosalind M    MRN RB-5530912    DOB 03/11/1951
Author: Jolene Marsh, RN

Mrs. Ferreira came in with her daughter at 08:42 for her weekly Aralast NP. Her yearly consent
was due, so we went over the consent and education form together first and she signed it at
09:12; her daughter asked good questions about travel to Portugal in the spring, and I told her
we could set up a partner site.

I weighed her on the chair scale at 08:50 and she was 55.2 kg (121.7 lb), which is a little less
than at Dr. Grant's visit in December. Her vitals at 08:53 were BP 142/80, HR 74, RR 16, SpO2
94% on her usual 2 L nasal cannula, and temperature 36.4 C. She said her breathing is at her
normal and she has had no fever or new cough.

Pharmacy sent four vials of Aralast NP for a 3,500 mg dose: three 1,000 mg vials, lot LE2290170,
exp 12/2026, and one 500 mg vial, lot LE2287731, exp 30-SEP-2026. I checked the product, vial
strengths, lots and expiration dates against the order with Ben Tolliver, RN. I reconstituted the
vials with the supplied sterile water between 09:05 and 09:20, swirling gently, and the solution
was clear. I pooled the four vials (175 mL total) into the infusion bag.

I started a 24 g IV in her right forearm at 09:26 on the second attempt (the first attempt in the
left hand blew; no hematoma), and flushed with 10 mL normal saline.

I started the Aralast NP infusion at 09:34 at 4.4 mL/min, which is 0.08 mL/kg/min for her weight,
and it finished at 10:16. All four vials were used; there was no waste.

Her vitals at 09:50 were BP 138/78, HR 76, SpO2 95%, and at 10:25 BP 136/76, HR 72, SpO2 95%. She
had a mild headache at about 10:00, which she says she gets "most weeks"; I offered acetaminophen
650 mg PO per the PRN order and gave it at 10:05. No rash, no itching, no chest tightness.

I removed the IV at 10:28 with the catheter intact. She left by wheelchair to the car with her
daughter at 10:35, on her 2 L portable oxygen.

Administered: Aralast NP 3,500 mg IV. Wasted: 0 mg. Next infusion 01/15/2026 at 08:45.

Jolene Marsh, RN -- 01/08/2026 10:41
"""

D3 = """RIVERBEND HEALTH PULMONARY CLINIC
Follow-up Visit                                       12/18/2025
Patient: Rosalind M. Ferreira, 74 F       MRN RB-5530912
Provider: Hollis Grant, MD

INTERVAL HISTORY: Mrs. Ferreira returns for her 6-month visit. She remains on weekly Aralast NP at
our infusion center (on augmentation since 2012). She had no exacerbations this year -- her last
course of steroids was in 2023 -- compared with 3 a year in the years before she started. She uses
2 L oxygen with exertion and at night. She gardens from a stool and does her own shopping with a
cart. Lifelong never-smoker; grew up with a father who smoked heavily in the house. Worked 30
years as a school librarian.

PROBLEMS
# Alpha-1 antitrypsin deficiency, PI*ZZ (E88.01)
  - Diagnosed 2009 (RID level 64 mg/dL at an outside lab; phenotype ZZ); nephelometric level
    26 mg/dL in 2012 before starting therapy.
  - Response to augmentation: no exacerbations in 2025, FEV1 decline slowed (about 20 mL/yr
    since 2019), tolerating infusions with only occasional mild headache. Continue.
  - Weight 56.0 kg today. Order: Aralast NP 60 mg/kg IV weekly, vial-rounded to 3,500 mg
    (3 x 1,000 mg + 1 x 500 mg). Annual infusion consent due at the 01/08/2026 infusion.
# Emphysema, panlobular (J43.1)
  - CT 2024: panlobular emphysema, lower lobes, stable from 2021.
  - PFT 11/2025: moderate obstructive ventilatory defect, FEV1 0.98 L (54% predicted),
    FEV1/FVC 0.49, DLCO 41%.
  - Continue Trelegy Ellipta 100/62.5/25 mcg daily, albuterol PRN, O2 2 L exertion/nocturnal.
# Chronic hypoxemic respiratory failure -- on home O2; ambulatory sat 87% RA, 93% on 2 L.
# Osteoporosis -- on alendronate 70 mg weekly; DEXA 2025 T -2.8 spine.
# Hypertension -- lisinopril 10 mg daily; amlodipine 2.5 mg daily.
# Hypothyroidism -- levothyroxine 75 mcg daily.
# GERD -- famotidine 20 mg BID.

VITALS: BP 138/82, HR 78, SpO2 94% on 2 L, Wt 56.0 kg.

MEDICATIONS: Aralast NP 60 mg/kg IV weekly; Trelegy Ellipta 100/62.5/25 mcg 1 inh daily;
albuterol HFA 90 mcg 2 puffs PRN; alendronate 70 mg weekly; calcium citrate 630 mg BID;
vitamin D3 2,000 IU daily; lisinopril 10 mg daily; amlodipine 2.5 mg daily; levothyroxine
75 mcg daily; famotidine 20 mg BID; acetaminophen 650 mg PRN (infusion headache).

PLAN: continue augmentation; repeat PFT 11/2026; return 6 months. Flu and COVID vaccines up to
date (10/2025).

Hollis Grant, MD
"""

D4 = """PACIFIC NORTHWEST CLINICAL LABORATORY                      PATIENT REPORT
Patient: FERREIRA, ROSALIND M    DOB 03/11/1951    Sex F    MRN RB-5530912
Ordering: Grant, Hollis MD         Collected 04/03/2012 10:15     Final 04/05/2012 15:02

Test                                 Result    Flag   Units    Ref range        Method
Alpha-1 antitrypsin                  26        L      mg/dL    90-200           nephelometry
Immunoglobulin A                     214              mg/dL    70-400           nephelometry

Comment: Patient previously evaluated at an outside laboratory (09/2009): alpha-1 antitrypsin
64 mg/dL by radial immunodiffusion (outside reference 150-350 mg/dL); phenotype ZZ by
isoelectric focusing. Current nephelometric result is consistent. Note that RID and nephelometric
results are not interchangeable; RID values run higher.

Verified by: C. Ibarra, MT(ASCP)
"""

CHART = {
    "chart_id": "b13-004",
    "date_of_service": "2026-01-08",
    "payer": {"profile": "medicare", "name": "Medicare Part B (Noridian JF)"},
    "claim_lines": [
        {"hcpcs": "J0256", "units": 350, "modifiers": ["JZ"]},
        {"hcpcs": "96365", "units": 1, "modifiers": []},
    ],
    "documents": [
        {"id": "d1", "type": "other", "date": "2026-01-08", "text": D1},
        {"id": "d2", "type": "infusion_record", "date": "2026-01-08", "text": D2},
        {"id": "d3", "type": "progress_note", "date": "2025-12-18", "text": D3},
        {"id": "d4", "type": "lab_report", "date": "2012-04-05", "text": D4},
    ],
}

GOLD = {
    "chart_id": "b13-004",
    "profile": "medicare",
    "requirements": {
        "aatd_diagnosis": "met", "genotype": "met", "serum_aat_level": "met",
        "lung_disease_evidence": "met", "patient_weight": "met", "dose_administered": "met",
        "dose_matches_weight": "met", "units_match_dose": "met", "wastage_documented": "met",
        "lot_number": "met", "expiration_date": "met", "infusion_times": "met",
        "response_to_therapy": "met", "prior_authorization": "not_applicable",
        "code_selection": "met",
    },
    "findings": [
        {"kind": "aatd_diagnosis"},
        {"kind": "genotype", "alleles": ["Z", "Z"]},
        {"kind": "serum_aat", "value": 64, "unit": "mg/dL"},
        {"kind": "serum_aat", "value": 26, "unit": "mg/dL"},
        {"kind": "lung_disease", "value": "emphysema"},
        {"kind": "lung_disease", "value": "airflow_obstruction"},
        {"kind": "fev1", "value": 54},
        {"kind": "weight", "value": 55.2, "unit": "kg", "value_kg": 55.2},
        {"kind": "weight", "value": 56.0, "unit": "kg", "value_kg": 56.0},
        {"kind": "dose", "value": 3500},
        {"kind": "wastage", "value": 0},
        {"kind": "lot_number", "value": "LE2290170"},
        {"kind": "lot_number", "value": "LE2287731"},
        {"kind": "expiration_date", "value": "2026-12"},
        {"kind": "expiration_date", "value": "2026-09-30"},
        {"kind": "infusion_start", "value": "09:34"},
        {"kind": "infusion_end", "value": "10:16"},
        {"kind": "response_to_therapy"},
        {"kind": "smoking_status", "value": "never"},
        {"kind": "drug_product", "value": "Aralast NP"},
    ],
    "notes": (
        "Complete. 3,500 mg at 55.2 kg = +5.7 % (inside 10 %). Consent/teaching text is generic: '60 mg "
        "for each kilogram', '70 kg (154 lb) may receive about 4,200 mg', vial sizes, '15 to 60 minutes' "
        "and the class product list are not patient findings; 'Today's dose (per MAR): ____' is an empty "
        "field. 64 mg/dL was by RID (threshold 80) and is below it; 26 mg/dL nephelometry also below. "
        "Father's smoking is not the patient's (never-smoker). Acetaminophen 650 mg at 10:05, consent "
        "09:12, reconstitution 09:05-09:20, IV 09:26, removal 10:28 are not A1PI infusion items. Response is "
        "in the 12/18/2025 progress note (not DOS-limited). 55.2 kg (121.7 lb) is one weight."
    ),
}

ARITH = {
    "dos": "2026-01-08", "product": "Aralast NP",
    "weight_kg": 55.2, "weight_source": "d2 chair scale 08:50 on DOS",
    "dose_mg": 3500, "pct_diff": 5.7, "vials": ["3 x 1,000 mg lot LE2290170", "1 x 500 mg lot LE2287731"],
    "vial_total_mg": 3500, "waste_mg": 0,
    "code": "J0256", "bu_mg": 10, "admin_units_billed": 350, "jw_units_billed": 0,
    "lots": [{"lot": "LE2290170", "exp": "2026-12"}, {"lot": "LE2287731", "exp": "2026-09-30"}],
    "rid_serum_values": [64], "fev1_for_range": None, "response_in_progress_note": True,
}

EVID = [
    ("aatd_diagnosis", "d3", "Alpha-1 antitrypsin deficiency, PI*ZZ (E88.01)"),
    ("genotype:Z,Z", "d4", "phenotype ZZ by\nisoelectric focusing"),
    ("serum_aat:64:mg/dL", "d4", "64 mg/dL by radial immunodiffusion"),
    ("serum_aat:26:mg/dL", "d4", "Alpha-1 antitrypsin                  26        L      mg/dL"),
    ("lung_disease:emphysema", "d3", "Emphysema, panlobular (J43.1)"),
    ("lung_disease:airflow_obstruction", "d3", "moderate obstructive ventilatory defect"),
    ("fev1:54", "d3", "FEV1 0.98 L (54% predicted)"),
    ("weight:55.2", "d2", "55.2 kg (121.7 lb)"),
    ("weight:56.0", "d3", "Weight 56.0 kg today"),
    ("dose:3500", "d2", "Administered: Aralast NP 3,500 mg IV"),
    ("wastage:0", "d2", "All four vials were used; there was no waste."),
    ("lot_number:LE2290170", "d2", "lot LE2290170"),
    ("lot_number:LE2287731", "d2", "lot LE2287731"),
    ("expiration_date:2026-12", "d2", "exp 12/2026"),
    ("expiration_date:2026-09-30", "d2", "exp 30-SEP-2026"),
    ("infusion_start:09:34", "d2", "I started the Aralast NP infusion at 09:34"),
    ("infusion_end:10:16", "d2", "it finished at 10:16"),
    ("response_to_therapy", "d3", "Response to augmentation: no exacerbations in 2025"),
    ("smoking_status:never", "d3", "Lifelong never-smoker"),
    ("drug_product:Aralast NP", "d2", "her weekly Aralast NP"),
]
