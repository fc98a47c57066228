# b12-009  medicare  gaps: code_selection conflict (Glassia billed J0256 after a coder edit);
# infusion_times missing (no stop time, only "over ~60 min" and line removal/discharge times)
# Style: nurse shorthand SOAP-ish narrative + hospital charge-router / charge-review printout whose
# original line (J0257) was changed by a coder to J0256 + pulmonary note.  Weight only in lb.

_rn = """1/27/26  HOPD Infusion Suite - GLASSIA wk 38     RN: D. Okafor
Pt: AMUNDSEN, Gerald R  77M  MRN 55-180-224  Dr. Brandvold (pulm)
Dx: AATD PI*ZZ, emphysema/COPD.  Allergies: NKDA.  Code: Full

S: pt reports "breathing about the same". walks dog 2x/day ~15 min. no fevers/chills, no
   abx/steroids since last inf. mild dry cough at baseline. wife at chairside.
O: @1248 arr amb w/ cane. wt 154 lb standing (bed scale n/a).
   VS T 97.9F HR 88 BP 146/82 RR 20 SpO2 92% RA (baseline 91-93).
   lungs diminished bases, no wheeze. no edema.
   hold criteria reviewed -> none.
   @1256 PIV 24g L FA 1st attempt -> blew, 2x2 pressure. PIV 22g R hand 2nd attempt,
   +BR, flushed 10 mL NS easily.
   @1303 Glassia x4 vials from pharm, 2 RN check w/ S. Lund RN: 1,009 mg x2 lot GLR25K104
   exp 08/2026 + 1,017 mg x2 lot GLR25K119 exp 09/2026 = 4,052 mg. 5 micron filter primed.
   @1310 Glassia 4,052 mg IV started via pump @ 200 mL/hr -> infusing over ~60 min per
   protocol.
   @1325 VS HR 86 BP 140/80 SpO2 93%. no rash/itch/SOB.
   @1340 VS HR 86 BP 138/80 SpO2 93%. pt watching TV.
   @1410 VS HR 84 BP 138/78 SpO2 93%. pt tol well, no rxn.
   entire vials used, no waste.
   @1425 PIV d/c'd, cath intact, pressure x1 min, bandaid. L FA old site small bruise, no
   swelling.
   @1431 d/c'd amb w/ wife, stable.
A: tol Glassia w/o rxn. hypertensive on arrival, improved w/o tx.
P: RTC 2/3/26 @1245. pt asked re Shingrix #2 -> told to get at pharmacy (1st dose 11/2025).
   BP log reminder - f/u PCP.
"""

_prev = """1/20/26  HOPD Infusion Suite - GLASSIA wk 37     RN: S. Lund
Pt: AMUNDSEN, Gerald R  77M  MRN 55-180-224
S: "little more winded in the cold". no fevers. no abx/steroids.
O: @1250 arr amb w/ wife. wt 155 lb standing. VS T 98.1F HR 86 BP 138/80 RR 20 SpO2 92% RA.
   @1301 PIV 22g L FA 1st attempt +BR.
   Glassia 4 vials: 1,012 mg x2 lot GLR25J088 exp 07/2026 + 1,006 mg x2 lot GLR25J091
   exp 07/2026 = 4,036 mg.
   @1312 Glassia 4,036 mg IV started via 5 micron filter @ 200 mL/hr.
   @1340 VS HR 84 BP 134/78 SpO2 93%.
   @1412 infusion complete, flushed 20 mL NS. entire vials used, no waste.
   @1425 post VS HR 82 BP 136/80 SpO2 93%. tol well.
   @1430 PIV d/c'd. d/c'd amb.
A: tol inf w/o rxn.
P: RTC 1/27/26 @1245.
S. Lund RN 1/20/26 1441
(Late entry 1/21/26 0810: pt called - mild HA evening of infusion, resolved w/ APAP. S. Lund RN)
"""

_charge = """CHARGE ROUTER - CHARGE REVIEW WORKQUEUE (HB)            Run date 01/28/2026 06:15
Workqueue: HB DRUG/NDC EDITS          Facility: LAKEVIEW MEMORIAL HOSPITAL (HOPD)
Account 4471120093   AMUNDSEN, GERALD R   DOS 01/27/2026   Dept: INFUSION SUITE 2N
Financial class: MEDICARE    Payer: MEDICARE PART A/B (NGS J6)    Attending: BRANDVOLD, ERIK MD

Ln  Rev   CDM        Description                          HCPCS   Mod  Qty   Charge     Status
--  ----  ---------  -----------------------------------  ------  ---  ----  ---------  ---------------------------
1   0260  300963650  IV INFUSION THERAPY/PROPH 1ST HR     96365         1      412.00   Posted
2   0636  620702570  GLASSIA INJ 10MG (ALPHA1-PI HUMAN)   J0257   JZ   406   8,932.00   HELD: edit NDC-HCPCS-XWALK
3   0258  250100201  NS 0.9% FLUSH 10ML                               2        6.00   Posted
4   0250  250771002  FILTER 5 MICRON INLINE                           1       14.00   Posted

Edit detail, line 2: NDC 00944-2884-02 on the administration record; crosswalk table returned
"HCPCS mismatch - verify code". Units check: 4,052 mg / 10 mg = 405.2 -> 406 (OK).

Activity log
01/28/2026 06:15  SYSTEM    Line 2 held, edit NDC-HCPCS-XWALK
01/29/2026 09:12  RMURPHY   Line 2 HCPCS changed J0257 -> J0256. Comment: "use NOS alpha-1 code
                            per payer (MCR)". Modifier JZ retained, qty 406 retained.
01/29/2026 09:13  RMURPHY   Line 2 released to claim. Claim 26-0129-88231 built.
01/29/2026 09:40  SYSTEM    837I sent.

Claim lines as submitted: 96365 x1; J0256-JZ x406; rev 0258 x2; rev 0250 x1.
"""

_note = """LAKEVIEW PULMONARY CLINIC
Progress note - 12/16/2025 - Erik Brandvold, MD
Patient: Gerald R. Amundsen, 77 M, MRN 55-180-224, Medicare

Interval history: Mr. Amundsen returns 6 months into Glassia (started 05/2025; he had a
two-year lapse in augmentation after moving from Minnesota, when his supplemental plan
would not cover home infusion). He has noticed fewer "bad weeks": one exacerbation since
May (September, azithromycin only) compared with three in the 12 months before he restarted.
He walks the dog twice daily. Weight stable at 156 lb. He stopped smoking in 1994
(35 pack-years). No reactions with infusions.

History: alpha-1 antitrypsin deficiency, Pi*ZZ, diagnosed 2008 in Duluth; AAT 0.29 g/L at
diagnosis (immunonephelometry; ref 0.9-2.0). CT 2019 and 2025: panlobular emphysema with
lower-lobe predominance, no new nodules. COPD GOLD 3. Also atrial fibrillation on apixaban,
CKD 3a, BPH.
His two sons have been tested: one PI*MZ, one PI*MM.

Medications: Breztri 2 puffs BID; albuterol PRN; apixaban 5 mg BID; metoprolol succinate
50 mg daily; finasteride 5 mg; Glassia IV weekly.

Exam: BP 138/80, HR 84 irregular, SpO2 92% RA, weight 156 lb. Decreased breath sounds,
no crackles. No edema.

PFTs 11/2025: post-BD FEV1 0.92 L, 36% predicted; FEV1/FVC 0.38; DLCO 39%.

Assessment:
1. AATD Pi*ZZ with panlobular emphysema/COPD GOLD 3 - responding to augmentation (fewer
   exacerbations, FEV1 36% vs 37% a year ago, stable exercise tolerance). Continue Glassia
   60 mg/kg IV weekly at Lakeview infusion suite.
2. AF - rate controlled, anticoagulated.
3. Former smoker.

Plan: continue; PFTs 11/2026; AAT trough 03/2026; RTC 6 months.

Erik Brandvold, MD  (signed 12/16/2025 15:58)
"""

CHART = {
    "chart_id": "b12-009",
    "date_of_service": "2026-01-27",
    "payer": {"profile": "medicare", "name": "Medicare Part A/B (NGS J6)"},
    "claim_lines": [
        {"hcpcs": "96365", "units": 1, "modifiers": []},
        {"hcpcs": "J0256", "units": 406, "modifiers": ["JZ"]},
    ],
    "documents": [
        {"id": "d1", "type": "infusion_record", "date": "2026-01-27", "text": _rn},
        {"id": "d2", "type": "other", "date": "2026-01-29", "text": _charge},
        {"id": "d3", "type": "progress_note", "date": "2025-12-16", "text": _note},
        {"id": "d4", "type": "infusion_record", "date": "2026-01-20", "text": _prev},
    ],
}

GOLD = {
    "chart_id": "b12-009",
    "profile": "medicare",
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
        "infusion_times": "missing",
        "response_to_therapy": "met",
        "prior_authorization": "not_applicable",
        "code_selection": "conflict",
    },
    "findings": [
        {"kind": "aatd_diagnosis"},
        {"kind": "genotype", "alleles": ["Z", "Z"]},
        {"kind": "serum_aat", "value": 0.29, "unit": "g/L"},
        {"kind": "lung_disease", "value": "emphysema"},
        {"kind": "lung_disease", "value": "copd"},
        {"kind": "fev1", "value": 36},
        {"kind": "fev1", "value": 37},
        {"kind": "smoking_status", "value": "former"},
        {"kind": "weight", "value": 154, "unit": "lb", "value_kg": 69.9},
        {"kind": "weight", "value": 156, "unit": "lb", "value_kg": 70.8},
        {"kind": "weight", "value": 155, "unit": "lb", "value_kg": 70.3},
        {"kind": "dose", "value": 4052},
        {"kind": "wastage", "value": 0},
        {"kind": "lot_number", "value": "GLR25K104"},
        {"kind": "lot_number", "value": "GLR25K119"},
        {"kind": "expiration_date", "value": "2026-08"},
        {"kind": "expiration_date", "value": "2026-09"},
        {"kind": "infusion_start", "value": "13:10"},
        {"kind": "response_to_therapy"},
        {"kind": "drug_product", "value": "Glassia"},
    ],
    "notes": (
        "Gaps: (1) the structured claim bills J0256 for Glassia (the charge router shows the original "
        "J0257 line changed by a coder to J0256) -> code_selection conflict; units 406 = ceil(4,052/10) "
        "are right for a 10 mg code either way. (2) No infusion stop time: '@1310 ... infusing over ~60 "
        "min' is a duration, @1410 is a vital-sign check, @1425 is PIV removal and @1431 discharge -> "
        "infusion_times missing (start 13:10 is a finding). The previous week's note (01/20, d4) has a "
        "full stop time @1412, 4,036 mg and lots GLR25J088/GLR25J091: an earlier visit, not counted "
        "(its 155 lb is a historical weight). Weight only in lb: 154 lb -> 69.9 kg; "
        "60 x 69.9 = 4,194 mg, dose 4,052 mg is -3.4%. 156 lb (12/16) is a historical weight. Expiry "
        "'08/2026' and '09/2026' -> YYYY-MM. The only product documented is Glassia (earlier therapy "
        "in Minnesota is unnamed). Sons "
        "PI*MZ/PI*MM are family; apixaban, metoprolol, azithromycin are other drugs."
    ),
}

ARITH = {
    "dos": "2026-01-27",
    "profile": "medicare",
    "product": "Glassia",
    "code": "J0256",
    "code_expected": "J0257",
    "weight": {"value": 154, "unit": "lb", "kg": 69.9},
    "dose_mg": 4052,
    "target_mg": 4194.0,
    "deviation_pct": -3.39,
    "vials": [
        {"nominal_mg": 1000, "labeled_mg": 1009, "lot": "GLR25K104"},
        {"nominal_mg": 1000, "labeled_mg": 1009, "lot": "GLR25K104"},
        {"nominal_mg": 1000, "labeled_mg": 1017, "lot": "GLR25K119"},
        {"nominal_mg": 1000, "labeled_mg": 1017, "lot": "GLR25K119"},
    ],
    "waste_mg": 0,
    "admin_units_expected": 406,
    "billed_admin_units": 406,
    "jw_units_expected": None,
    "modifier_expectation": "JZ (no waste)",
    "lots": [
        {"lot": "GLR25K104", "exp": "2026-08", "expired": False},
        {"lot": "GLR25K119", "exp": "2026-09", "expired": False},
    ],
}
