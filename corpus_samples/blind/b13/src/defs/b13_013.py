# b13-013  medicaid  Prolastin-C Liquid 4,920 mg (4,000 + 1,000 mg vials, waste 80 mg), billed
# J2252 x 492 JZ + J2252 x 8 JW.  GAPS: units_match_dose conflict (J2252 is 1 mg per unit ->
# 4,920 units expected; 492 billed as if 10 mg) and wastage_documented conflict (JW and JZ together on
# the same code; JW units 8 also != floor(80/1) = 80).
# Styles: (4) hospital outpatient pharmacy profile printout with last-given column; (6) first-person
# nurse infusion note; NP progress note. Genotype Z / Mmalton.

D1 = """ST. BRENDAN MEDICAL CENTER -- OUTPATIENT PHARMACY
PATIENT MEDICATION PROFILE (ACTIVE + HOME)                 Printed 01/27/2026 13:10  by: TPHAM
Patient: DUTTON, SHIRLEY MAE     DOB 08/30/1959     MRN SBM-4410078     Loc: OP INFUSION, BAY 3
Ht 160 cm   Wt 81.4 kg (01/06/2026)   Allergies: LATEX (rash), MORPHINE (itching)
Coverage: Buckeye Community Health (Medicaid)   Attending: Y. Sato, MD / M. Frye, NP

CLINIC-ADMINISTERED
Drug                                    Dose           Route  Frequency     Last given            Prescriber
--------------------------------------  -------------  -----  ------------  --------------------  ----------
PROLASTIN-C LIQUID (alpha1-PI)          60 mg/kg       IV     weekly (Tue)  01/20/2026 14:06      Sato
  4,000 mg/80 mL + 1,000 mg/20 mL vials                                       4,860 mg
SODIUM CHLORIDE 0.9% FLUSH              10 mL          IV     PRN line      01/20/2026 14:30      Sato
ACETAMINOPHEN                           650 mg         PO     once PRN      12/09/2025 13:55      Sato
DIPHENHYDRAMINE                         25 mg          IV     once PRN      never                 Sato
EPINEPHRINE (1 mg/mL)                   0.3 mg         IM     PRN anaphyl.  never                 Sato

HOME MEDICATIONS (patient-reported / fill history)
Drug                                    Dose           Route  Frequency     Last taken            Prescriber
--------------------------------------  -------------  -----  ------------  --------------------  ----------
FLUTICASONE/UMECLIDINIUM/VILANTEROL     100/62.5/25 mcg INH   1 inh daily   01/27/2026 AM         Sato
ALBUTEROL HFA                           90 mcg x 2     INH    q4h PRN       01/26/2026            Sato
ROFLUMILAST                             250 mcg        PO     daily         01/27/2026 AM         Sato
METOPROLOL TARTRATE                     25 mg          PO     BID           01/27/2026 AM         Greer (PCP)
LOSARTAN                                50 mg          PO     daily         01/27/2026 AM         Greer (PCP)
ATORVASTATIN                            20 mg          PO     nightly       01/26/2026 PM         Greer (PCP)
LEVOTHYROXINE                           100 mcg        PO     daily         01/27/2026 AM         Greer (PCP)
DULOXETINE                              60 mg          PO     daily         01/27/2026 AM         Greer (PCP)
GABAPENTIN                              300 mg         PO     TID           01/27/2026 AM         Greer (PCP)
OMEPRAZOLE                              20 mg          PO     daily         01/27/2026 AM         Greer (PCP)
CALCIUM CARB/VIT D3                     600 mg/800 IU  PO     BID           01/27/2026 AM         OTC
APIXABAN                                5 mg           PO     BID           01/27/2026 AM         Nair (cardiology)
FUROSEMIDE                              20 mg          PO     daily PRN     01/22/2026            Nair (cardiology)

Pharmacist verification: PROLASTIN-C LIQUID order verified 01/27/2026 13:05 (T. Pham, PharmD).
Weight for today's dose to be entered by RN at the visit.
"""

D2 = """ST. BRENDAN MEDICAL CENTER -- OUTPATIENT INFUSION
RN Note                                                              01/27/2026
Patient: Dutton, Shirley Mae     MRN SBM-4410078
Author: Grace Oyelowo, RN

Ms. Dutton arrived at 13:30 for her weekly Prolastin-C Liquid, brought by her son. I weighed her
at 13:40 and she was 82.0 kg on the standing scale, up a little from her January weight; she says
her ankles have been "a bit puffy" and she took an extra furosemide last Thursday. Her vitals at
13:42 were BP 138/76, HR 70 and regular, RR 18, SpO2 92% on room air and temperature 36.6 C. Her
lungs sounded the same as usual to me, with no crackles, and she had trace ankle edema. I messaged
Melissa Frye, NP, who saw her at 13:50 (see her note) and cleared her for the infusion.

The dose at 60 mg/kg for 82.0 kg is 4,920 mg. Pharmacy sent a 4,000 mg/80 mL vial (lot NG4B11960,
exp 02/28/2027) and a 1,000 mg/20 mL vial (lot NG3M40077, exp 08/31/2026). I verified both vials,
the lots and the expiration dates with Tom Reilly, RN.

I placed a 22 g IV in her left forearm at 13:55 on the first attempt and flushed it with 10 mL
normal saline. I drew up 98.4 mL (4,920 mg) and wasted the 1.6 mL (80 mg) left in the 1,000 mg
vial, with Tom Reilly, RN as witness. I started the Prolastin-C Liquid infusion at 14:02 at
6.5 mL/min and it finished at 14:21. Her vitals at 14:10 were BP 134/74, HR 72, SpO2 93%, and at
14:30 BP 132/72, HR 70, SpO2 93%. She had no itching, flushing, wheezing or headache.

I flushed the line and removed the IV at 14:33. Her son took her home at 14:40. Her next infusion
is 02/03/2026 at 13:30.

Prolastin-C Liquid 4,920 mg IV given. 80 mg wasted.

Grace Oyelowo, RN  01/27/2026 14:46
"""

D3 = """ST. BRENDAN MEDICAL CENTER -- PULMONARY CLINIC
Progress Note (NP)                                              01/27/2026 13:50
Patient: Shirley Mae Dutton, 66 F     MRN SBM-4410078
Provider: Melissa Frye, APRN-CNP (collaborating physician Y. Sato, MD)

S: Seen in the infusion bay at RN request for mild ankle swelling. She has AATD (Z/Mmalton) with
emphysema and is on weekly Prolastin-C Liquid since 2022. Breathing at baseline; no increase in
cough or sputum, no orthopnea, no PND. Took an extra furosemide 20 mg on 01/22 for ankle swelling,
which helped. Former smoker, 35 pack-years, quit 2014.

O: BP 138/76, HR 70, SpO2 92% RA, Wt 82.0 kg. JVP not elevated. Lungs: diminished bases, no
crackles. Trace bilateral ankle edema. Echo 08/2025: LVEF 55%, no pulmonary hypertension.

Data: SERPINA1 sequencing 2021 -- c.1096G>A (Z) and c.226_228del p.Phe76del (Mmalton), genotype
PI*Z/Mmalton. Serum AAT 38 mg/dL (2021, nephelometry). Spirometry 11/2025: FEV1 1.01 L (45%
predicted), FEV1/FVC 0.47.

A/P:
1. Alpha-1 antitrypsin deficiency, PI*Z/Mmalton (E88.01), with emphysema (J43.9). She is doing
   well on augmentation: FEV1 unchanged from 46% predicted in 2024, one exacerbation in the past
   year, no infusion reactions. OK to proceed with today's infusion at 60 mg/kg (weight 82.0 kg).
   Medicaid PA# 2026-OH-0038817 (01/01/2026-12/31/2026).
2. Ankle edema -- mild, likely dependent edema with dietary salt; no signs of heart
   failure; continue furosemide PRN; recheck at next infusion.
3. Atrial fibrillation on apixaban -- per cardiology.

Melissa Frye, APRN-CNP   01/27/2026 14:00
"""

CHART = {
    "chart_id": "b13-013",
    "date_of_service": "2026-01-27",
    "payer": {"profile": "medicaid", "name": "Buckeye Community Health (Medicaid)"},
    "claim_lines": [
        {"hcpcs": "J2252", "units": 492, "modifiers": ["JZ"]},
        {"hcpcs": "J2252", "units": 8, "modifiers": ["JW"]},
        {"hcpcs": "96365", "units": 1, "modifiers": []},
    ],
    "documents": [
        {"id": "d1", "type": "other", "date": "2026-01-27", "text": D1},
        {"id": "d2", "type": "infusion_record", "date": "2026-01-27", "text": D2},
        {"id": "d3", "type": "progress_note", "date": "2026-01-27", "text": D3},
    ],
}

GOLD = {
    "chart_id": "b13-013",
    "profile": "medicaid",
    "requirements": {
        "aatd_diagnosis": "met", "genotype": "met", "serum_aat_level": "met",
        "lung_disease_evidence": "met", "patient_weight": "met", "dose_administered": "met",
        "dose_matches_weight": "met", "units_match_dose": "conflict", "wastage_documented": "conflict",
        "lot_number": "met", "expiration_date": "met", "infusion_times": "met",
        "response_to_therapy": "met", "prior_authorization": "met", "code_selection": "met",
        "smoking_status": "met",
    },
    "findings": [
        {"kind": "aatd_diagnosis"},
        {"kind": "genotype", "alleles": ["Z", "MMALTON"]},
        {"kind": "serum_aat", "value": 38, "unit": "mg/dL"},
        {"kind": "lung_disease", "value": "emphysema"},
        {"kind": "fev1", "value": 45},
        {"kind": "fev1", "value": 46},
        {"kind": "weight", "value": 82.0, "unit": "kg", "value_kg": 82.0},
        {"kind": "weight", "value": 81.4, "unit": "kg", "value_kg": 81.4},
        {"kind": "dose", "value": 4920},
        {"kind": "wastage", "value": 80},
        {"kind": "lot_number", "value": "NG4B11960"},
        {"kind": "lot_number", "value": "NG3M40077"},
        {"kind": "expiration_date", "value": "2027-02-28"},
        {"kind": "expiration_date", "value": "2026-08-31"},
        {"kind": "infusion_start", "value": "14:02"},
        {"kind": "infusion_end", "value": "14:21"},
        {"kind": "response_to_therapy"},
        {"kind": "prior_authorization", "value": "2026-OH-0038817"},
        {"kind": "smoking_status", "value": "former"},
        {"kind": "drug_product", "value": "Prolastin-C Liquid"},
    ],
    "notes": (
        "GAPS: (1) J2252 bills 1 mg per unit (guide) -> 4,920 units expected; 492 billed -> units_match_dose "
        "conflict. (2) JZ on the administered line and a JW line on the same code -> wastage_documented conflict "
        "(JW 8 is also not floor(80/1) = 80). Code J2252 covers any A1PI in the guide's table -> code_selection met. "
        "Traps: pharmacy profile 'Last given 01/20/2026 14:06 4,860 mg' is the previous week (not a DOS dose); "
        "profile weight 81.4 kg (01/06) is historical; DOS weight 82.0 kg; furosemide 20 mg, apixaban 5 mg etc. "
        "are other drugs; NP note time 13:50, pharmacist verification 13:05, IV 13:55, removal 14:33 are not "
        "infusion times; 'LVEF 55%' is not FEV1. Z/Mmalton -> [Z, MMALTON] (both deficient)."
    ),
}

ARITH = {
    "dos": "2026-01-27", "product": "Prolastin-C Liquid",
    "weight_kg": 82.0, "weight_source": "d2 13:40 standing scale on DOS",
    "dose_mg": 4920, "pct_diff": 0.0, "vials": ["4,000 mg/80 mL lot NG4B11960", "1,000 mg/20 mL lot NG3M40077"],
    "vial_total_mg": 5000, "waste_mg": 80,
    "code": "J2252", "bu_mg": 1, "admin_units_billed": 492, "expect_units_ok": False,
    "jw_units_billed": 8, "expect_jw_ok": False,
    "lots": [{"lot": "NG4B11960", "exp": "2027-02-28"}, {"lot": "NG3M40077", "exp": "2026-08-31"}],
    "rid_serum_values": [], "fev1_for_range": None, "response_in_progress_note": True,
}

EVID = [
    ("aatd_diagnosis", "d3", "Alpha-1 antitrypsin deficiency, PI*Z/Mmalton (E88.01)"),
    ("genotype:Z,MMALTON", "d3", "genotype\nPI*Z/Mmalton"),
    ("serum_aat:38:mg/dL", "d3", "Serum AAT 38 mg/dL (2021, nephelometry)"),
    ("lung_disease:emphysema", "d3", "with emphysema (J43.9)"),
    ("fev1:45", "d3", "FEV1 1.01 L (45%\npredicted)"),
    ("fev1:46", "d3", "unchanged from 46% predicted in 2024"),
    ("weight:82.0", "d2", "she was 82.0 kg on the standing scale"),
    ("weight:81.4", "d1", "Wt 81.4 kg (01/06/2026)"),
    ("dose:4920", "d2", "Prolastin-C Liquid 4,920 mg IV given."),
    ("wastage:80", "d2", "wasted the 1.6 mL (80 mg)"),
    ("lot_number:NG4B11960", "d2", "lot NG4B11960"),
    ("lot_number:NG3M40077", "d2", "lot NG3M40077"),
    ("expiration_date:2027-02-28", "d2", "exp 02/28/2027"),
    ("expiration_date:2026-08-31", "d2", "exp 08/31/2026"),
    ("infusion_start:14:02", "d2", "infusion at 14:02"),
    ("infusion_end:14:21", "d2", "it finished at 14:21"),
    ("response_to_therapy", "d3", "She is doing\n   well on augmentation"),
    ("prior_authorization:2026-OH-0038817", "d3", "Medicaid PA# 2026-OH-0038817"),
    ("smoking_status:former", "d3", "Former smoker, 35 pack-years, quit 2014"),
    ("drug_product:Prolastin-C Liquid", "d2", "her weekly Prolastin-C Liquid"),
]
