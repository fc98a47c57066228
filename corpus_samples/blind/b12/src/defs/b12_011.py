# b12-011  medicaid  gaps: patient_weight missing; dose_matches_weight missing (weight never
# obtained: wheelchair, bed scale out of service; only a chair-scale reading that includes the
# wheelchair with unknown tare)
# Style: order set with blank dosing-weight field and fixed-dose override + nurse shorthand +
# pulmonary note.  Aralast NP 4,500 mg (4 x 1,000 + 1 x 500), J0256 x450 JZ.

_orders = """MIDLAKES REGIONAL - AMBULATORY INFUSION ORDER SET (printed copy)
Order set: ALPHA-1 PROTEINASE INHIBITOR - ADULT - WEEKLY            Version 2025.2
Patient: TORRES, EVANGELINE M     MRN ML-771502     DOB 12/02/1958     F
Prescriber: Harold Abernathy, MD (Pulmonary)   NPI 1861550213     Signed 08/19/2025 14:02
Diagnosis: E88.01 Alpha-1-antitrypsin deficiency; J43.9 Emphysema, unspecified; J44.9 COPD
Insurance: Molina Healthcare (Medicaid)   PA on file: see encounter
Allergies: morphine (itching)

[X] Height: 160 cm        Dosing weight: ____ kg  (enter at each visit)       BSA: ---
[X] Labs prior to first dose: IgA level (done 2019: 188 mg/dL) - not repeated

MEDICATIONS
[X] alpha-1-proteinase inhibitor, human (ARALAST NP) IV
      Standard dose: 60 mg/kg actual body weight once weekly
      Calculated dose: *** mg  (requires dosing weight)
      Dose rounding: to nearest 500 mg vial combination if within 10%
      [X] FIXED DOSE OVERRIDE: 4,500 mg IV once weekly
          Reason: patient unable to stand; bed scale unavailable; last reliable weight
          not in current record. Reassess when weight obtainable. - H. Abernathy MD
      Reconstitute with supplied SWFI (500 mg/25 mL; 1,000 mg/50 mL). Filter per kit.
      Rate: not to exceed 0.08 mL/kg/min; if weight unknown, max 200 mL/hr.
      Duration: 12 months or until discontinued
[ ] alpha-1-proteinase inhibitor (PROLASTIN-C LIQUID) - not selected
[ ] alpha-1-proteinase inhibitor (ZEMAIRA) - not selected

PREMEDICATIONS
[ ] acetaminophen 650 mg PO - not selected
[ ] diphenhydramine 25 mg PO - not selected

HYPERSENSITIVITY PROTOCOL (standing)
[X] EPINEPHrine 0.3 mg IM x1 PRN anaphylaxis; notify provider
[X] diphenhydramine 50 mg IV x1 PRN urticaria
[X] sodium chloride 0.9% 500 mL IV bolus PRN SBP < 90

NURSING
[X] Vital signs: baseline, 15 min after start, q30 min, end of infusion
[X] Hold for: T > 38.3 C; active exacerbation; SBP < 90; SpO2 < 88% on usual O2
[X] Weigh each visit before infusion (document reason if unable)
[X] Observe 30 minutes after infusion

Page 1 of 1        Printed 10/14/2025 10:41 by RHAYES RN
"""

_rn = """INFUSION NOTE 10/14/25 - Midlakes Amb Infusion, bay 2 - R. Hayes RN
Pt: Torres, Evangeline M, 66F. Dx: AATD (PiZZ) + emphysema/COPD. Aralast NP wkly.

@1032 pt arr via w/c w/ daughter (caregiver). Alert, pleasant. On 2L NC (home O2, baseline).
  c/o fatigue, "same as always". denies fever, chills, new sputum. no abx/steroids x7d.
@1036 VS T 36.6 HR 96 BP 118/68 RR 22 SpO2 92% 2L.
  Wt: NOT obtained - pt w/c bound today (R knee OA flare, unable to stand/pivot safely),
  bed scale OOS (biomed WO #44721). Chair scale reading 97.4 kg incl w/c - w/c tare unknown,
  not used for dosing. Dosed per fixed-dose order (Dr. Abernathy).
  Hold criteria reviewed -> none met.
@1045 PIV 22g L FA, 1 attempt, +BR, flushed 10 mL NS.
@1052 Aralast NP recd from pharm: 1,000 mg x4 (lot LH25A041 exp 07/31/2026) + 500 mg x1
  (lot LG25C209 exp 09/30/2026) reconstituted by pharm @1040-1050 -> 225 mL total.
@1115 started Aralast NP 4,500 mg IV @ 200 mL/hr (max per order w/o wt), filter in place.
@1130 VS HR 94 BP 116/66 SpO2 92% 2L. no rxn.
@1200 VS HR 92 BP 120/70 SpO2 93% 2L.
@1225 VS HR 92 BP 118/70 SpO2 93% 2L.
@1223 infusion complete - all 5 vials infused, no waste. flushed 20 mL NS.
  (late entry 1229 for 1223)
@1255 post-obs VS HR 90 BP 122/70 SpO2 93% 2L. tol well, no itching/rash/SOB.
@1301 PIV d/c'd, intact. @1305 d/c home via w/c w/ daughter.

Plan: pt/daughter told we need a wt next visit -> will ask PCP to send last clinic wt;
  msg to Dr. Abernathy re: standing/bed scale.
R. Hayes RN 10/14/25 1314
"""

_note = """MIDLAKES PULMONARY - FOLLOW-UP VISIT
Date: 09/16/2025         Provider: Harold Abernathy, MD
Patient: Evangeline M. Torres, 66 F      MRN ML-771502      Coverage: Molina (Medicaid)

SUBJECTIVE
Mrs. Torres has severe alpha-1 antitrypsin deficiency (PiZZ) with emphysema and COPD,
on weekly Aralast NP since 2019. She now uses a wheelchair outside the home because of
right-knee osteoarthritis (orthopedics: injection 08/2025, surgery deferred because of
lung function). Breathing is at her baseline on 2 L home oxygen. One exacerbation this
year (03/2025, doxycycline and prednisone), compared with four in the year before she
started augmentation. Daughter helps with bathing and meals.
She quit smoking in 2004 (about 35 pack-years).

PMH: AATD; emphysema/COPD; chronic hypoxemic respiratory failure on 2 L O2; knee OA;
hypertension; depression.
Meds: tiotropium 18 mcg daily; fluticasone/salmeterol 250/50 BID; albuterol neb PRN;
amlodipine 10 mg; escitalopram 10 mg; meloxicam stopped; Aralast NP weekly.
Family: brother PiMZ; son not tested.

OBJECTIVE
Vitals: BP 124/72, HR 98, RR 22, SpO2 91% on 2 L. Weight: unable - wheelchair; not
measured. Height 160 cm.
Lungs: distant, prolonged expiration, no crackles. Trace edema.

DATA
- Serum AAT 0.34 g/L (2019, pre-treatment; ref 0.9-2.0 g/L).
- PiZZ phenotype (IEF 2019).
- CT 2019: severe panlobular emphysema, basal predominance.
- Spirometry 08/2025: FEV1 0.71 L, 29% predicted post-BD; FEV1/FVC 0.33.

ASSESSMENT / PLAN
1. AATD PiZZ with severe emphysema/COPD - continues to benefit from augmentation (exacerbations
   down from 4/year to 1), stable on home O2. Continue Aralast NP weekly. Fixed dose
   4,500 mg continued until a weight can be obtained; will use a bed or chair scale with
   known tare at the next possible visit.
2. Medicaid PA (Molina) current through 02/2026.
3. Knee OA limiting mobility - PT referral for transfers.
4. Return 3 months.

Harold Abernathy, MD    09/16/2025 15:31
"""

CHART = {
    "chart_id": "b12-011",
    "date_of_service": "2025-10-14",
    "payer": {"profile": "medicaid", "name": "Molina Healthcare (Medicaid)"},
    "prior_authorization": "MOL-PA-2025-077120",
    "claim_lines": [
        {"hcpcs": "96365", "units": 1, "modifiers": []},
        {"hcpcs": "J0256", "units": 450, "modifiers": ["JZ"]},
    ],
    "documents": [
        {"id": "d1", "type": "other", "date": "2025-10-14", "text": _orders},
        {"id": "d2", "type": "infusion_record", "date": "2025-10-14", "text": _rn},
        {"id": "d3", "type": "progress_note", "date": "2025-09-16", "text": _note},
    ],
}

GOLD = {
    "chart_id": "b12-011",
    "profile": "medicaid",
    "requirements": {
        "aatd_diagnosis": "met",
        "genotype": "met",
        "serum_aat_level": "met",
        "lung_disease_evidence": "met",
        "patient_weight": "missing",
        "dose_administered": "met",
        "dose_matches_weight": "missing",
        "units_match_dose": "met",
        "wastage_documented": "met",
        "lot_number": "met",
        "expiration_date": "met",
        "infusion_times": "met",
        "response_to_therapy": "met",
        "prior_authorization": "met",
        "code_selection": "met",
        "smoking_status": "met",
    },
    "findings": [
        {"kind": "aatd_diagnosis"},
        {"kind": "genotype", "alleles": ["Z", "Z"]},
        {"kind": "serum_aat", "value": 0.34, "unit": "g/L"},
        {"kind": "lung_disease", "value": "emphysema"},
        {"kind": "lung_disease", "value": "copd"},
        {"kind": "fev1", "value": 29},
        {"kind": "smoking_status", "value": "former"},
        {"kind": "dose", "value": 4500},
        {"kind": "wastage", "value": 0},
        {"kind": "lot_number", "value": "LH25A041"},
        {"kind": "lot_number", "value": "LG25C209"},
        {"kind": "expiration_date", "value": "2026-07-31"},
        {"kind": "expiration_date", "value": "2026-09-30"},
        {"kind": "infusion_start", "value": "11:15"},
        {"kind": "infusion_end", "value": "12:23"},
        {"kind": "response_to_therapy"},
        {"kind": "drug_product", "value": "Aralast NP"},
    ],
    "notes": (
        "Gaps: no patient weight anywhere - order set 'Dosing weight: ____ kg' and 'Calculated dose: *** "
        "mg' are empty template fields; the nurse documents 'Wt: NOT obtained'; the clinic note says "
        "'unable - wheelchair; not measured'. The chair-scale reading 97.4 kg includes the wheelchair "
        "with unknown tare and is explicitly not used: it is not the patient's weight -> patient_weight "
        "and dose_matches_weight missing. Everything else met. Fixed-dose override 4,500 mg is an order; "
        "the nurse documents 4,500 mg given (4 x 1,000 + 500, no waste; J0256 x450 JZ). Times: the "
        "completion line is a late entry ('@1223 ... late entry 1229 for 1223') written after the "
        "@1225 vitals: end 12:23 (225 mL at 200 mL/hr = 67.5 min). Pharmacy reconstitution 1040-1050, "
        "PIV 1045, arrival 1032, PIV removal 1301, discharge 1305 are not infusion times. PA only in the chart field (note says 'current' with "
        "no number). Brother PiMZ is family. Height 160 cm is not a weight."
    ),
}

ARITH = {
    "dos": "2025-10-14",
    "profile": "medicaid",
    "product": "Aralast NP",
    "code": "J0256",
    "weight": None,
    "weight_note": "not obtained; 97.4 kg chair-scale reading includes wheelchair (tare unknown)",
    "dose_mg": 4500,
    "target_mg": None,
    "deviation_pct": None,
    "vials": [{"nominal_mg": 1000, "labeled_mg": 1000, "lot": "LH25A041"}] * 4
             + [{"nominal_mg": 500, "labeled_mg": 500, "lot": "LG25C209"}],
    "waste_mg": 0,
    "admin_units_expected": 450,
    "billed_admin_units": 450,
    "jw_units_expected": None,
    "modifier_expectation": "JZ (no waste)",
    "lots": [
        {"lot": "LH25A041", "exp": "2026-07-31", "expired": False},
        {"lot": "LG25C209", "exp": "2026-09-30", "expired": False},
    ],
}
