# b12-005  commercial  complete
# Style: CMS-1500 claim summary printed into the chart (matches the structured claim lines) +
# office infusion-suite visit record with a lot-number correction addendum + same-day pulmonary
# note.  Aralast NP, J0256 x 500 JZ.

_rec = """SUMMIT PULMONARY & SLEEP - AMBULATORY INFUSION SUITE (POS 11)
INFUSION VISIT RECORD
Patient: FERRARO, DOMINIC J    DOB 02/14/1962    Acct 000188204    Chart # SP-44120
Date of service: 12/09/2025    Ordering provider: Helen Marsh, MD    RN: Maureen Quill, RN
Payer: Cigna Open Access Plus (commercial)    Precert: CG25447710 (verified 12/01/2025)

ALLERGIES: NKDA          IgA: 167 mg/dL (2016)

PRE-ASSESSMENT (10:12)
  Weight 83.2 kg (183 lb 7 oz), standing     Height 178 cm
  T 36.9 C   HR 76   BP 134/82   RR 16   SpO2 96% RA
  Lungs: diminished at bases, no wheeze. No fever, cough at baseline, no antibiotics or
  steroids in past 4 weeks. Hold criteria reviewed - none met.

ACCESS (10:20)
  PIV 20 g left antecubital, first attempt, brisk blood return, flushed 10 mL NS.

PREPARATION
  Aralast NP (alpha1-proteinase inhibitor, human) 1,000 mg single-use vials x 5, each
  reconstituted with 50 mL SWFI (20 mg/mL), pooled into sterile empty bag, 250 mL total.
  Reconstitution completed 10:31 by M. Quill RN; solution clear, slightly yellow.
  Lot: LH24B071   Exp 10/31/2026  (all 5 vials same lot)

ADMINISTRATION
  Dose: 5,000 mg (calculated 60 mg/kg x 83.2 kg = 4,992 mg; 5 whole vials, within 1%)
  Route IV via pump, rate 400 mL/hr (0.08 mL/kg/min)
  Infusion started 10:40
  10:55  HR 78  BP 130/80  SpO2 96%  no reaction
  11:10  HR 74  BP 128/78  SpO2 97%  no reaction
  Infusion completed 11:19 - all five vials administered, no drug remaining, no waste.
  Flushed with 20 mL NS 11:19-11:21.

POST-INFUSION (11:35)
  HR 72  BP 132/80  RR 16  SpO2 97% RA. Patient denies headache, chills, itching, dyspnea.
  PIV removed 11:37, intact. Discharged ambulatory 11:40, drove self.

EDUCATION
  Reviewed signs of delayed reaction; call line given. Next infusion 12/16/2025 10:00.

Signed: Maureen Quill, RN  12/09/2025 11:52

-----------------------------------------------------------------------------------------
ADDENDUM 12/09/2025 14:52 - Maureen Quill, RN
  Correction: lot number above was entered in error as LH24B071. Correct lot for all five
  vials is LH24B077, verified against the retained carton and the vial stickers on the
  preparation log. Expiration 10/31/2026 is correct. No other changes.
-----------------------------------------------------------------------------------------
"""

_claim = """CLAIM SUMMARY - HEALTH INSURANCE CLAIM FORM (CMS-1500 02/12) - PRINT COPY FOR CHART
Practice: Summit Pulmonary & Sleep PLLC     Billing NPI 1336218804     TIN 84-1177302
Claim # 25-1209-00417      Created 12/10/2025 08:14     Status: Submitted 12/10/2025 (837P)

 1  Payer: CIGNA HEALTHCARE   Plan: OAP   Group 3338127
 1a Insured ID: U66129041 01
 2  Patient: FERRARO, DOMINIC J            3  DOB 02 14 1962   Sex M
 11 Insured policy group: 3338127          11c Plan: CIGNA OPEN ACCESS PLUS
 17 Referring: MARSH HELEN MD   17b NPI 1477553302
 21 ICD Ind 0   A. E88.01   B. J43.1   C. Z79.899   D. -
 23 Prior authorization number: CG25447710

 24  A. DOS          B.   D. CPT/HCPCS  Modifier    E. Dx   F. Charges   G. Units  J. NPI
     From     To     POS                            Ptr
 1   12 09 25 12 09 25 11  96365                    A B        325.00        1     1477553302
 2   12 09 25 12 09 25 11  J0256       JZ           A B      8,250.00      500     1477553302
     (shaded) N4 00944-2815-02  UN5  (Aralast NP 1,000 mg vial x 5)
 3   12 09 25 12 09 25 11  J7050                    A B         18.00        1     1477553302
     (normal saline 250 cc, flush/diluent bag)

 28 Total charge: 8,593.00      29 Amount paid: 0.00
 31 Signature: Helen Marsh MD (SOF)      32 Service facility: Summit Pulm Infusion Suite
 33 Billing provider: Summit Pulmonary & Sleep PLLC, 1140 Ridgecrest Rd Ste 200

Scrubber (pre-submission): 0 errors, 1 warning - "J0256: NDC quantity 5 UN matches units 500
(10 mg)". Released by: L. Tran (billing) 12/10/2025 08:20.
"""

_note = """SUMMIT PULMONARY & SLEEP - OFFICE VISIT
Date: 12/09/2025      Provider: Helen Marsh, MD      Patient: Dominic J. Ferraro (63 M)
Visit type: Established patient, chronic disease management, seen in infusion suite

CC: alpha-1 follow-up, on Aralast NP

HPI
63-year-old HVAC estimator with alpha-1 antitrypsin deficiency (PiZZ) and panlobular
emphysema who has been on weekly Aralast NP since 2017. He feels "steady". He had a
COVID infection in August without pneumonia. No exacerbations requiring steroids or
antibiotics in 2025 (one in 2023). He still plays nine holes of golf weekly with a cart
and walks the course on good days. No hemoptysis. Sleeps flat on one pillow. Adherent to
inhalers. No infusion reactions.

PMH: AATD; emphysema; OSA on CPAP (adherence 6.8 h/night); hyperlipidemia; GERD.
Meds: budesonide/formoterol 160/4.5 2 puffs BID; tiotropium 2.5 mcg 2 puffs daily;
albuterol PRN; rosuvastatin 10 mg; pantoprazole 40 mg; CPAP 10 cm H2O.
Social: never smoker. Occupational dust exposure in the 1980s (sheet-metal shop), used
a respirator after 1992. Married, two adult children.
Family: brother PiMZ (AAT 94 mg/dL), asymptomatic. Father died at 70 with COPD/emphysema,
smoker, never tested.

DATA
- Alpha-1 antitrypsin (nephelometry) 2016 pre-treatment: 38 mg/dL (ref 90-200 mg/dL).
- Phenotype PiZZ by IEF; SERPINA1 genotyping homozygous for c.1096G>A (p.Glu366Lys).
- CT 2016 and 2023: panlobular emphysema, lower-zone predominant, modest progression in
  the left lower lobe 2016 -> 2023.
- PFT 11/18/2025: post-BD FEV1 2.05 L (61% predicted), FEV1/FVC 0.52, DLCO 60%.
  11/2024: FEV1 2.11 L (64% predicted). Annual decline 60 mL.
- Liver: ALT 28, AST 25, platelets 214; elastography 2024 6.1 kPa.

EXAM
BP 134/82, HR 76, SpO2 96% RA, weight 83.2 kg (84.6 kg in 06/2025). Breath sounds
diminished at the bases; no wheeze; no clubbing; no edema.

ASSESSMENT
1. Alpha-1 antitrypsin deficiency, PiZZ, with panlobular emphysema (E88.01, J43.1).
   Response to augmentation: clinically stable, no exacerbations this year, FEV1 decline
   of about 60 mL/year, which is close to age-expected; no reactions. Continue.
2. OSA - well treated.
3. Never smoker - continues to avoid smoke and dust.

PLAN
- Continue Aralast NP 60 mg/kg IV weekly; today's infusion in the suite after this visit.
- Cigna precertification CG25447710 valid through 06/30/2026; reauthorization requires
  PFTs within 12 months (done 11/2025).
- PFTs and CT in 11/2026; hepatic panel annually.
- Would consider moving to self-infusion at home only if Cigna site-of-care policy requires it.
- Follow up 6 months.

Helen Marsh, MD   12/09/2025 10:09
"""

CHART = {
    "chart_id": "b12-005",
    "date_of_service": "2025-12-09",
    "payer": {"profile": "commercial", "name": "Cigna Open Access Plus"},
    "prior_authorization": "CG25447710",
    "claim_lines": [
        {"hcpcs": "96365", "units": 1, "modifiers": []},
        {"hcpcs": "J0256", "units": 500, "modifiers": ["JZ"]},
        {"hcpcs": "J7050", "units": 1, "modifiers": []},
    ],
    "documents": [
        {"id": "d1", "type": "infusion_record", "date": "2025-12-09", "text": _rec},
        {"id": "d2", "type": "other", "date": "2025-12-09", "text": _claim},
        {"id": "d3", "type": "progress_note", "date": "2025-12-09", "text": _note},
    ],
}

GOLD = {
    "chart_id": "b12-005",
    "profile": "commercial",
    "requirements": {
        "aatd_diagnosis": "met",
        "genotype": "met",
        "serum_aat_level": "met",
        "lung_disease_evidence": "met",
        "patient_weight": "met",
        "dose_administered": "met",
        "dose_matches_weight": "met",
        "units_match_dose": "met",
        "wastage_documented": "met",
        "lot_number": "met",
        "expiration_date": "met",
        "infusion_times": "met",
        "response_to_therapy": "met",
        "prior_authorization": "met",
        "code_selection": "met",
        "smoking_status": "met",
        "fev1_range": "met",
    },
    "findings": [
        {"kind": "aatd_diagnosis"},
        {"kind": "genotype", "alleles": ["Z", "Z"]},
        {"kind": "serum_aat", "value": 38, "unit": "mg/dL"},
        {"kind": "lung_disease", "value": "emphysema"},
        {"kind": "fev1", "value": 61},
        {"kind": "fev1", "value": 64},
        {"kind": "smoking_status", "value": "never"},
        {"kind": "weight", "value": 83.2, "unit": "kg", "value_kg": 83.2},
        {"kind": "weight", "value": 84.6, "unit": "kg", "value_kg": 84.6},
        {"kind": "dose", "value": 5000},
        {"kind": "wastage", "value": 0},
        {"kind": "lot_number", "value": "LH24B077"},
        {"kind": "expiration_date", "value": "2026-10-31"},
        {"kind": "infusion_start", "value": "10:40"},
        {"kind": "infusion_end", "value": "11:19"},
        {"kind": "response_to_therapy"},
        {"kind": "prior_authorization", "value": "CG25447710"},
        {"kind": "drug_product", "value": "Aralast NP"},
    ],
    "notes": (
        "Complete. CMS-1500 print copy in the chart matches the structured claim lines (96365 x1, "
        "J0256-JZ x500, J7050 x1). Lot first entered as LH24B071 is superseded by the same-day "
        "addendum (LH24B077): only the corrected lot is a finding. '83.2 kg (183 lb 7 oz)' is one "
        "weight. Calculated 4,992 mg is a calculation; dose 5,000 mg = 5 whole vials, no waste "
        "(commercial: statement present, no JW -> met). Reconstitution 10:31, PIV 10:20, flush "
        "11:19-11:21, PIV removal 11:37, discharge 11:40, next infusion 12/16 10:00 are not the "
        "DOS infusion times. Brother PiMZ 94 mg/dL and father's COPD/emphysema are family. IgA "
        "167 mg/dL is not an AAT level. The NDC scrubber warning is billing text."
    ),
}

ARITH = {
    "dos": "2025-12-09",
    "profile": "commercial",
    "product": "Aralast NP",
    "code": "J0256",
    "weight": {"value": 83.2, "unit": "kg", "kg": 83.2},
    "dose_mg": 5000,
    "target_mg": 4992.0,
    "deviation_pct": 0.16,
    "vials": [{"nominal_mg": 1000, "labeled_mg": 1000, "lot": "LH24B077"}] * 5,
    "waste_mg": 0,
    "admin_units_expected": 500,
    "billed_admin_units": 500,
    "jw_units_expected": None,
    "modifier_expectation": "commercial: no JW; JZ with 0 waste acceptable",
    "lots": [{"lot": "LH24B077", "exp": "2026-10-31", "expired": False}],
}
