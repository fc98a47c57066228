# b17-012: commercial, NEGATIVE CONTROL. IVIG (Gamunex-C) infusion for CVID with bronchiectasis: Epic SmartForm
# (immunology follow-up) printed as Label: value with *** fields, and an Epic MAR for the IVIG infusion with
# its own dose, lot, expiration, times and waste statement. AAT tested normal (MM). No A1PI drug lines.

D1 = """Brookside Allergy & Immunology                                   Epic - SmartForm print
IMMUNOLOGY FOLLOW-UP - IMMUNOGLOBULIN REPLACEMENT (SmartForm)   Priya Ramaswamy, MD   01/08/2026 8:55 AM
Patient: Oduya-Lindqvist, Helena    MRN 7720881    DOB 05/17/1979 (46 y.o. F)

Primary diagnosis: D83.9 Common variable immunodeficiency
Secondary diagnosis: J47.9 Bronchiectasis, uncomplicated
Other diagnosis: ***
IgG trough (12/11/2025): 842 mg/dL
IgG trough goal: > 800 mg/dL
IgA: < 5 mg/dL      IgM: 18 mg/dL
Anti-IgA antibodies: Negative (2019)
Infections since last visit: 1 sinusitis (11/2025), amoxicillin 875 mg BID x 10 days
Pneumonias past 12 mo: 0 (3 in the year before IVIG)
Response to IVIG: Good - fewer infections, energy improved, no hospitalizations
Current IG product: Gamunex-C 10 %, 0.4 g/kg every 4 weeks (30 g)
Infusion reactions: Headache day after infusion, relieved by acetaminophen
Weight: 74.2 kg (163 lb 9.6 oz)
Weight trend: Stable (74.8 kg 07/2025)
Tobacco use: Never smoker
Secondhand smoke: No
CT chest: 03/2025 - cylindrical bronchiectasis right middle lobe and lingula; no emphysema
Spirometry (01/08/2026): FEV1 2.38 L, 72 % predicted; FEV1/FVC 0.74
Spirometry prior: FEV1 74 % predicted (01/2025)
Alpha-1 antitrypsin: 121 mg/dL (ref 100-190), PI type MM (09/2024, bronchiectasis work-up)
CF sweat chloride: 18 mmol/L (normal)
Family history: Sister on Zemaira for alpha-1 (PI*ZZ); mother with "weak lungs". Helena tested negative.
Airway clearance: Aerobika BID, hypertonic saline 7 % nebulized daily
Vaccines: Inactivated only; influenza 10/2025
Authorization: IVIG auth on file with payer through 06/2026 (see referral); number ***
Plan: Continue Gamunex-C 30 g IV every 4 weeks. If IgG trough falls below 700 mg/dL, increase to 0.5 g/kg.
  Consider switching to subcutaneous IG (Hizentra) if venous access worsens.
Follow-up: 6 months
"""

D2 = """Brookside Health - Infusion Center                         MAR REPORT (ADMINISTRATIONS)
Dept: BHS INFUSION 2     Printed 01/08/2026 15:40
ODUYA-LINDQVIST, HELENA    MRN 7720881    DOB 05/17/1979    Sex F    Wt: 74.2 kg (01/08/26 0912)
Allergies: Penicillins - not verified (tolerated amoxicillin 2025)

[Scheduled] immune globulin (human) 10 % (GAMUNEX-C) 30 g in 300 mL IV
            0.4 g/kg x 74.2 kg = 29.7 g, rounded to 30 g     Every 4 weeks     Ramaswamy, Priya MD
 Date/Time      Action         Dose / Rate                 Details                           User
 01/08/26 0930  Verified       30 g                        Vials: 20 g x1, 10 g x1           DEVLIN, MARK, RPH
 01/08/26 1006  New Bag        30 g ; 0.5 mL/kg/hr         L forearm 22G                     BOATENG, ESI, RN
                                                           Lot: B3J0142 (20 g), Exp 2027-05-31
                                                           Lot: B3J0098 (10 g), Exp 2027-04-30
 01/08/26 1036  Rate Change    2 mL/kg/hr                                                    BOATENG, ESI, RN
 01/08/26 1106  Rate Change    4 mL/kg/hr                                                    BOATENG, ESI, RN
 01/08/26 1138  Rate Change    8 mL/kg/hr (max)                                              BOATENG, ESI, RN
 01/08/26 1212  Stopped        --                          Complete; both vials used in      BOATENG, ESI, RN
                                                           full, no waste.

[Once] acetaminophen (TYLENOL) 650 mg PO premedication
 01/08/26 0955  Given          650 mg                                                        BOATENG, ESI, RN
[Once] diphenhydrAMINE (BENADRYL) 25 mg PO premedication
 01/08/26 0955  Given          25 mg                                                         BOATENG, ESI, RN
[Scheduled] sodium chloride 0.9 % 250 mL IV at 20 mL/hr with IVIG
 01/08/26 1004  New Bag        250 mL                                                        BOATENG, ESI, RN
 01/08/26 1215  Stopped                                                                      BOATENG, ESI, RN

Vitals: 0912 BP 112/70 HR 74 T 36.7 | 1036 BP 114/72 HR 76 | 1106 BP 110/70 HR 78 | 1138 BP 116/74 HR 80 |
        1212 BP 112/72 HR 76 T 36.8 | 1240 discharged
"""

CHART = {
    "chart_id": "b17-012",
    "date_of_service": "2026-01-08",
    "payer": {"profile": "commercial", "name": "Keystone Choice PPO"},
    "claim_lines": [
        {"hcpcs": "J1561", "units": 60, "modifiers": ["JZ"]},
        {"hcpcs": "96365", "units": 1, "modifiers": []},
        {"hcpcs": "96366", "units": 1, "modifiers": []},
        {"hcpcs": "J7050", "units": 1, "modifiers": []},
    ],
    "documents": [
        {"id": "d1", "type": "progress_note", "date": "2026-01-08", "text": D1},
        {"id": "d2", "type": "infusion_record", "date": "2026-01-08", "text": D2},
    ],
}

GOLD = {
    "chart_id": "b17-012",
    "profile": "commercial",
    "requirements": {
        "aatd_diagnosis": "missing",
        "genotype": "conflict",
        "serum_aat_level": "conflict",
        "lung_disease_evidence": "met",
        "patient_weight": "met",
        "dose_administered": "missing",
        "dose_matches_weight": "missing",
        "units_match_dose": "not_applicable",
        "wastage_documented": "missing",
        "lot_number": "missing",
        "expiration_date": "missing",
        "infusion_times": "missing",
        "response_to_therapy": "missing",
        "prior_authorization": "missing",
        "code_selection": "not_applicable",
        "smoking_status": "met",
        "fev1_range": "met",
    },
    "findings": [
        {"kind": "genotype", "alleles": ["M", "M"]},
        {"kind": "serum_aat", "value": 121, "unit": "mg/dL"},
        {"kind": "weight", "value": 74.2, "unit": "kg", "value_kg": 74.2},
        {"kind": "weight", "value": 74.8, "unit": "kg", "value_kg": 74.8},
        {"kind": "lung_disease", "value": "bronchiectasis"},
        {"kind": "fev1", "value": 72},
        {"kind": "fev1", "value": 74},
        {"kind": "smoking_status", "value": "never"},
    ],
    "notes": (
        "NEGATIVE CONTROL (IVIG for CVID). No A1PI drug lines: J1561 (Gamunex-C) only -> units_match_dose and "
        "code_selection not_applicable. wastage_documented missing: the 'no waste' statement is about IVIG, not A1PI "
        "(claim lines exist but no A1PI drug line; decided like the no-claim branch). IVIG dose 30 g, lots B3J0142/"
        "B3J0098, exps, New Bag 10:06 / Stopped 12:12 are not A1PI findings. Response statement is about IVIG -> "
        "response_to_therapy missing. Sister on Zemaira PI*ZZ (family). 'no emphysema' negated; bronchiectasis is a "
        "lung_disease value. '74.2 kg (163 lb 9.6 oz)' is one weight. "
        "Authorization number ***. Hypothetical dose increase and product switch."
    ),
}

ARITH = {
    "dos": "2026-01-08",
    "product": None,
    "weight_kg": 74.2,
    "weight_source": "SmartForm / MAR 74.2 kg (163 lb 9.6 oz)",
    "dose_mg": None,
    "target_mg": None,
    "pct_from_target": None,
    "code": None,
    "billing_unit_mg": None,
    "admin_units_expected": None,
    "admin_units_billed": None,
    "waste_mg": None,
    "jw_units_expected": None,
    "jw_units_billed": None,
    "modifier_expectation": "no A1PI drug lines (IVIG J1561 only)",
    "lots": [],
    "infusion": [None, None],
    "serum_method_rid": False,
}
