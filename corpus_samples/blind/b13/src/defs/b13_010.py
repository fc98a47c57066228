# b13-010  medicaid  Glassia 3,486 mg from 4 x 1 g (waste 514 mg) billed J0256 x 349 + J0256-JW x 51.
# GAPS: code_selection conflict (Glassia is J0257) and expiration_date conflict (one vial exp 01/2026,
# DOS 2026-02-12). Units and JW arithmetic are right for the 10 mg unit.
# Styles: (5) patient-education sheet + teaching record with generic dose text; (6) first-person nurse
# note; prior progress note.

D1 = """MERCY LAKES HEALTH SYSTEM -- INFUSION & SPECIALTY PHARMACY SERVICES
PATIENT EDUCATION: YOUR ALPHA-1 INFUSION (GLASSIA)                    Handout PE-A1-03 (2025)

What is Glassia?
Glassia is a liquid alpha-1 proteinase inhibitor made from human plasma. It is used as weekly
"augmentation" therapy for adults with emphysema caused by severe alpha-1 antitrypsin
deficiency. It raises the amount of alpha-1 protein that protects the lungs.

How much will I get?
Most people receive 60 mg for each kilogram of body weight once a week. For example, a person
who weighs 60 kg may receive 3,600 mg. Glassia comes in 1 gram (1,000 mg) vials of ready-to-use
liquid, so your nurse may use part of a vial. Your nurse will weigh you at each visit.

How is it given?
Through an IV in your arm, using a pump and a special filter. The infusion usually takes
15 to 30 minutes. You should plan on about 1 hour in the center.

What are the possible side effects?
- Headache, dizziness, nausea, cough or a stuffy nose (usually mild).
- Allergic reactions are rare but can be serious: hives, swelling, trouble breathing, chest
  tightness, feeling faint. Tell your nurse right away.
- People who have IgA deficiency with antibodies to IgA may be more likely to react.
- Because it is made from human blood plasma, it may carry a very small risk of infection.
- Too much fluid (in people with heart problems) is rare.

When should I call?
Fever over 100.4 F, new rash, swelling, or trouble breathing after you go home. Call
555-0199 (24 hours) or 911 for an emergency.

- - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - -
TEACHING RECORD (staff use)
Patient: BEAUMONT, ALICIA R    DOB 12/02/1987    MRN ML-6628104    Date: 02/12/2026
Reason: first infusion at Mercy Lakes (transfer from Lakeside Home & Infusion, on Glassia
since 03/2024)
Learner: patient     Language: English     Barriers: none
Content reviewed: [x] purpose  [x] weekly schedule  [x] dose is weight-based  [x] side effects
[x] allergic reaction signs  [x] when to call  [x] missed dose (reschedule same week)
Method: handout PE-A1-03 + discussion, 10:15-10:30
Outcome: verbalized understanding; teach-back correct for reaction symptoms
Patient questions: asked whether she can travel with it -- told the clinic arranges a site.
Educator: Helen Park, RN  02/12/2026 10:31
"""

D2 = """MERCY LAKES HEALTH SYSTEM -- OUTPATIENT INFUSION CENTER
Nursing Infusion Note                                                     02/12/2026
Patient: Beaumont, Alicia R      MRN ML-6628104      DOB 12/02/1987
Author: Helen Park, RN

Alicia came in at 10:05 for her first Glassia infusion with us; she moved her care from
Lakeside Home & Infusion last month. I went over the Glassia handout with her first (see the
teaching record). I weighed her at 10:33 on the standing scale and she was 58.1 kg. Her vitals at
10:35 were BP 112/70, HR 84, RR 16, SpO2 96% on room air and temperature 36.9 C. She told me she
felt well, without fever or new cough, and that she has never had a reaction to Glassia.

The order is 60 mg/kg, and at 58.1 kg that comes to 3,486 mg. Pharmacy sent four 1 g/50 mL
vials of Glassia. I checked the lot numbers: three vials were lot LGL2501187, exp 09/30/2026, and
one vial was lot LGL2407342, exp 01/2026. The solution in all four vials was clear and colorless,
and they had been at room temperature since 10:00.

I placed a 22 g IV in her left forearm at 10:41 on the first attempt and flushed it with 10 mL of
normal saline. I drew up 174.3 mL (3,486 mg) into the infusion bag and discarded the remaining
25.7 mL (514 mg) of the fourth vial, witnessed by Sam Oyelaran, RN.

I started the Glassia infusion at 10:50 through a 5 micron in-line filter at 7 mL/min and it
finished at 11:18. I checked her vitals at 11:00 (BP 110/68, HR 82, SpO2 97%) and again at 11:25
(BP 114/72, HR 80, SpO2 97%). She had a mild headache toward the end, rated 2/10, which went away
without medication. No rash, no itching, no shortness of breath.

I flushed the line, took the IV out at 11:28 with the catheter intact, and she left at 11:35
driving herself. Her next infusion is 02/19/2026 at 10:00.

Given: Glassia 3,486 mg IV. Wasted: 514 mg.

Helen Park, RN   02/12/2026 11:41
"""

D3 = """MERCY LAKES PULMONARY MEDICINE
Progress Note                                                    01/15/2026
Patient: Alicia R. Beaumont, 38 F       MRN ML-6628104
Provider: Rafael Quintero, MD
Insurance: Mercy Lakes Health Plan (Medicaid managed care)

HPI: New to me; transferring pulmonary care and weekly augmentation from Dr. Ames at Lakeside
after her move. She was diagnosed with alpha-1 antitrypsin deficiency at 34 when she developed
dyspnea after her second pregnancy; her serum AAT was 4.8 µmol/L and genotype PI*ZZ. She has never
smoked, and there were no smokers in her childhood home. She started Glassia weekly in 03/2024.
Since then she has had no exacerbations (two in the year before), her exercise tolerance has
improved (now jogs 2 miles), and she has had no infusion reactions. She works as a pharmacy
technician. Two children, 6 and 9, both PI*MZ on testing -- no follow-up needed beyond counseling.

Meds: Glassia 60 mg/kg IV weekly; tiotropium Respimat 2.5 mcg 2 inhalations daily; albuterol
HFA PRN (rarely); levonorgestrel IUD; cetirizine 10 mg daily; ferrous sulfate 325 mg every other
day; vitamin D3 1,000 IU daily.

Exam: BP 110/70, HR 80, SpO2 97% RA, Wt 58.6 kg. Lungs with mildly decreased bases. No edema.

PFT (outside, 11/2025): FEV1 2.11 L (62% predicted), FEV1/FVC 0.58, DLCO 71%. CT (2024): mild
panlobular emphysema, lower lobes.

Assessment/Plan:
1. Alpha-1 antitrypsin deficiency, PI*ZZ (E88.01), with mild panlobular emphysema (J43.1).
   Good response to augmentation (no exacerbations, improved exercise tolerance, stable FEV1).
   Continue Glassia 60 mg/kg IV weekly at our infusion center starting 02/12/2026; Medicaid PA
   transferred (on file with our intake office).
2. Iron deficiency without anemia -- continue ferrous sulfate; ferritin in 3 months.
3. Health maintenance: influenza vaccine 10/2025; pneumococcal vaccine due -- will give PCV20 at
   the next visit; hepatitis A and B immune (vaccinated).

Follow-up in 6 months with PFTs.
Rafael Quintero, MD   01/15/2026
"""

CHART = {
    "chart_id": "b13-010",
    "date_of_service": "2026-02-12",
    "payer": {"profile": "medicaid", "name": "Mercy Lakes Health Plan (Medicaid managed care)"},
    "prior_authorization": "MLHP-RX-2026-00417",
    "claim_lines": [
        {"hcpcs": "J0256", "units": 349, "modifiers": []},
        {"hcpcs": "J0256", "units": 51, "modifiers": ["JW"]},
    ],
    "documents": [
        {"id": "d1", "type": "other", "date": "2026-02-12", "text": D1},
        {"id": "d2", "type": "infusion_record", "date": "2026-02-12", "text": D2},
        {"id": "d3", "type": "progress_note", "date": "2026-01-15", "text": D3},
    ],
}

GOLD = {
    "chart_id": "b13-010",
    "profile": "medicaid",
    "requirements": {
        "aatd_diagnosis": "met", "genotype": "met", "serum_aat_level": "met",
        "lung_disease_evidence": "met", "patient_weight": "met", "dose_administered": "met",
        "dose_matches_weight": "met", "units_match_dose": "met", "wastage_documented": "met",
        "lot_number": "met", "expiration_date": "conflict", "infusion_times": "met",
        "response_to_therapy": "met", "prior_authorization": "met", "code_selection": "conflict",
        "smoking_status": "met",
    },
    "findings": [
        {"kind": "aatd_diagnosis"},
        {"kind": "genotype", "alleles": ["Z", "Z"]},
        {"kind": "serum_aat", "value": 4.8, "unit": "uM"},
        {"kind": "lung_disease", "value": "emphysema"},
        {"kind": "fev1", "value": 62},
        {"kind": "weight", "value": 58.1, "unit": "kg", "value_kg": 58.1},
        {"kind": "weight", "value": 58.6, "unit": "kg", "value_kg": 58.6},
        {"kind": "dose", "value": 3486},
        {"kind": "wastage", "value": 514},
        {"kind": "lot_number", "value": "LGL2501187"},
        {"kind": "lot_number", "value": "LGL2407342"},
        {"kind": "expiration_date", "value": "2026-09-30"},
        {"kind": "expiration_date", "value": "2026-01"},
        {"kind": "infusion_start", "value": "10:50"},
        {"kind": "infusion_end", "value": "11:18"},
        {"kind": "response_to_therapy"},
        {"kind": "smoking_status", "value": "never"},
        {"kind": "drug_product", "value": "Glassia"},
    ],
    "notes": (
        "GAPS: (1) Glassia billed under J0256 -> code_selection conflict (Glassia is J0257; units 349 = "
        "ceil(348.6) and JW 51 = floor(51.4) are right for a 10 mg unit, so units and wastage are met). "
        "(2) Vial lot LGL2407342 'exp 01/2026' = 2026-01-31 < DOS 2026-02-12 -> expiration_date conflict. "
        "Education handout: '60 mg for each kilogram', '60 kg may receive 3,600 mg', '1 gram vials', "
        "'15 to 30 minutes' are generic; teaching 10:15-10:30 and IV 10:41 are not infusion times. Children "
        "PI*MZ are family. PA only in the chart field ('PA transferred' in the note has no number). "
        "Ferrous sulfate 325 mg etc. are other drugs. 3,486 mg is both the calculation and the amount drawn up "
        "and given (the 'Given:' line)."
    ),
}

ARITH = {
    "dos": "2026-02-12", "product": "Glassia",
    "weight_kg": 58.1, "weight_source": "d2 10:33 standing scale on DOS",
    "dose_mg": 3486, "pct_diff": 0.0, "vials": ["3 x Glassia 1 g lot LGL2501187", "1 x Glassia 1 g lot LGL2407342 (expired 01/2026)"],
    "vial_total_mg": 4000, "waste_mg": 514,
    "code": "J0256", "code_note": "billed J0256; the code table assigns Glassia to J0257 (same 10 mg unit)",
    "bu_mg": 10,
    "admin_units_billed": 349, "jw_units_billed": 51,
    "lots": [{"lot": "LGL2501187", "exp": "2026-09-30", "expired": False},
             {"lot": "LGL2407342", "exp": "2026-01", "expired": True}],
    "rid_serum_values": [], "fev1_for_range": None, "response_in_progress_note": True,
}

EVID = [
    ("aatd_diagnosis", "d3", "Alpha-1 antitrypsin deficiency, PI*ZZ (E88.01)"),
    ("genotype:Z,Z", "d3", "genotype PI*ZZ"),
    ("serum_aat:4.8:uM", "d3", "her serum AAT was 4.8 µmol/L"),
    ("lung_disease:emphysema", "d3", "mild panlobular emphysema (J43.1)"),
    ("fev1:62", "d3", "FEV1 2.11 L (62% predicted)"),
    ("weight:58.1", "d2", "she was 58.1 kg"),
    ("weight:58.6", "d3", "Wt 58.6 kg"),
    ("dose:3486", "d2", "Given: Glassia 3,486 mg IV."),
    ("wastage:514", "d2", "discarded the remaining\n25.7 mL (514 mg)"),
    ("lot_number:LGL2501187", "d2", "lot LGL2501187"),
    ("lot_number:LGL2407342", "d2", "lot LGL2407342"),
    ("expiration_date:2026-09-30", "d2", "exp 09/30/2026"),
    ("expiration_date:2026-01", "d2", "exp 01/2026"),
    ("infusion_start:10:50", "d2", "I started the Glassia infusion at 10:50"),
    ("infusion_end:11:18", "d2", "it\nfinished at 11:18"),
    ("response_to_therapy", "d3", "Good response to augmentation"),
    ("smoking_status:never", "d3", "She has never\nsmoked"),
    ("drug_product:Glassia", "d2", "four 1 g/50 mL\nvials of Glassia"),
]
