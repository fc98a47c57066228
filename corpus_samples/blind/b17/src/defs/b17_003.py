# b17-003: commercial, complete. Letter of medical necessity + payer approval determination + home-infusion
# nursing visit note (prose, home scale in lb, running-text times, waste statement) + claim (J0257, 10-mg units).

D1 = """NORTHFORK PULMONARY & SLEEP MEDICINE
2210 Riverside Parkway, Suite 400, Spokane WA 99201     Phone 509-555-0148   Fax 509-555-0149

December 2, 2025

Cascade Summit Health Plan
Pharmacy Prior Authorization Department
PO Box 30871, Tacoma WA 98401
Fax: 1-888-555-0192

RE: Letter of Medical Necessity - alpha-1 proteinase inhibitor (human), GLASSIA
Patient: Tomasz Wierzbicki      DOB: 03/22/1976      Member ID: CSH884120377
Diagnoses: E88.01 Alpha-1-antitrypsin deficiency; J43.1 Panlobular emphysema
Requested: Glassia 60 mg/kg IV once weekly (HCPCS J0257), home infusion with nursing (S9346, 99601/99602),
52 weeks

To Whom It May Concern:

I am writing on behalf of my patient, Mr. Tomasz Wierzbicki, a 49-year-old machinist whom I have treated since
2023, to request continued authorization of weekly Glassia. His current authorization ends 12/14/2025.

Diagnosis. Mr. Wierzbicki has severe alpha-1 antitrypsin deficiency. SERPINA1 genotyping at ARUP on 02/06/2023
showed him homozygous for the Z allele (reported in legacy numbering as c.1024G>A, p.Glu342Lys), i.e. PI*ZZ.
His pre-treatment serum alpha-1 antitrypsin on the same date was 5.1 umol/L (reference 18-38 umol/L). C-reactive
protein was normal at the time, so the level was not falsely raised by inflammation.

Lung disease. CT of the chest on 01/19/2023 showed panlobular emphysema with lower-lobe predominance. Post-
bronchodilator FEV1 was 58% predicted on 02/06/2023 and 54% predicted on 10/14/2025 (FEV1/FVC 0.47), a decline
of about 70 mL per year before augmentation started. He remains on optimal maintenance therapy with
fluticasone furoate/umeclidinium/vilanterol 100/62.5/25 mcg one inhalation daily and albuterol as needed, and
completed pulmonary rehabilitation in 2024.

Smoking. He has never smoked cigarettes, cigars or vaped. Serum cotinine was undetectable on 10/14/2025.

Treatment history and product. He started Prolastin-C in 04/2023. In 2023 he had repeated headaches and chest
tightness during and after Prolastin-C infusions despite slowing the rate and premedicating with acetaminophen;
he was changed to Glassia in 09/2023, which he has tolerated without reactions. His current weight is 70.2 kg
(10/14/2025). He has had no exacerbation requiring steroids or antibiotics since 02/2024, compared with three in
the year before therapy. His IgA level is normal (241 mg/dL) and he has no antibodies to IgA.

Family. His older brother was PI*ZZ and died at 52 of respiratory failure; his two children are PI*MZ carriers.

Without augmentation, I would expect his FEV1 to resume its earlier rate of decline. Your policy's criteria
(serum AAT below 11 umol/L, PI*ZZ or other deficient genotype, FEV1 25-80% predicted, non-smoker, age 18 or
older) are met as documented above. Please contact me with any questions.

Sincerely,

Ilse Marchetti-Rhee, MD, FCCP
Pulmonary and Critical Care Medicine    NPI 1548827310
Enclosures: ARUP report 02/06/2023; PFT report 10/14/2025; CT report 01/19/2023; office note 10/14/2025
"""

D2 = """CASCADE SUMMIT HEALTH PLAN
Utilization Management - Specialty Drug Review
PO Box 30871, Tacoma WA 98401

NOTICE OF DETERMINATION - APPROVAL                               Date of notice: 12/09/2025

Member: TOMASZ WIERZBICKI            Member ID: CSH884120377        Group: 0047712 (Inland Machining Co.)
Prescriber: Ilse Marchetti-Rhee, MD   NPI 1548827310
Servicing provider: Apex Home Infusion Services, Spokane   NPI 1902273164
Case reference: CR-2025-118204 (use this number when calling about this case)

AUTHORIZATION NUMBER: 1J48-772910

Service approved                         HCPCS   Units approved              Dates
Glassia (alpha-1 proteinase inhibitor)   J0257   up to 430 units per week    12/15/2025 - 12/14/2026
                                                 (1 unit = 10 mg)
Home infusion per diem, A1PI             S9346   1 per infusion day          12/15/2025 - 12/14/2026
Home infusion nursing visit              99601   1 per infusion day          12/15/2025 - 12/14/2026

Basis for decision: Medical Policy RX-0711, Alpha-1 Proteinase Inhibitors. Continuation criteria: member
continues to meet initial criteria (serum AAT < 11 umol/L [80 mg/dL by RID or 57 mg/dL by nephelometry];
PI*ZZ, PI*Z(null), PI*(null)(null) or other deficient phenotype; FEV1 25% to 80% predicted; non-smoker) and the
prescriber documents clinical benefit. Non-preferred product (Glassia) approved based on documented intolerance
of the preferred product.

Important billing information:
 - Bill the drug with the product-specific code J0257 in 10-mg units; units above the approved amount will deny.
 - This plan does not reimburse discarded drug. Do not bill JW lines. Report JZ when no drug is discarded.
 - Dose must remain 60 mg/kg of actual body weight; notify the plan of weight changes greater than 10%.

This approval is not a guarantee of payment. Benefits are subject to eligibility on the date of service.

Nurse Reviewer: D. Ferreira, RN        Pharmacist Reviewer: S. Hollis, PharmD
"""

D3 = """APEX HOME INFUSION SERVICES - SKILLED NURSING VISIT NOTE
Patient: Tomasz Wierzbicki    DOB 03/22/1976    Visit date: 01/15/2026    Visit type: Routine weekly infusion
Therapy: Glassia (alpha-1 proteinase inhibitor) 4,000 mg IV weekly    Pharmacy Rx #A-2210487
Referring MD: I. Marchetti-Rhee    Auth 1J48-772910
RN: Colleen Byrne-Astley, RN

Arrived at the home at 09:05. Pt answered the door, wife Agnieszka present for the visit. Pt states he "had a good
week," walked the dog twice a day, no fevers, no new cough or change in sputum, no antibiotics or steroids since
last visit. He reports his breathing is the best it has been in a year and says he has not had a single flare since
switching to Glassia in 2023; no headaches with this product (unlike Prolastin-C). Denies chest pain, leg swelling.

Weighed on pt's bathroom scale at 09:20 (scale checked with my 10 lb calibration weight, read 10.0): 152 lb,
shoes off. Last week 153 lb on same scale. Pharmacy notified of weight for records; dose unchanged per MD order
(vial-rounded dose, within policy).

Vitals at 09:24: T 97.9 F oral, HR 82, RR 18, BP 124/78 sitting L arm, SpO2 94% RA. Lungs: diminished bases, no
wheeze, no crackles. No edema.

Supplies and drug checked against the delivery ticket at 09:28 with pt: four cartons Glassia 1 g/50 mL (lot
KB52L017, exp 11/30/2026, carton actual potency 1,000 mg each), 5 micron in-line filter set, NS flushes,
anaphylaxis kit (EpiPen 0.3 mg lot 5HF218 exp 05/2026, diphenhydramine 50 mg). Vials had been out of the fridge
since 08:00 per pt and were at room temperature, solution clear and colorless.

PIV 24 g placed L hand at 09:31 on 2nd attempt (first attempt L forearm blew), good blood return, flushed 10 mL NS.
Pooled the four vials (200 mL total) into the reservoir.

Infusion started at 09:47 by CADD pump at 5 mL/min through the 5 micron filter. Rechecked at 10:00 (HR 84,
BP 122/76, SpO2 94%) and 10:15 (HR 80, SpO2 95%); pt watching TV, no itching, flushing or chest tightness.
Infusion finished at 10:28; Glassia 4,000 mg (200 mL) given in total. Flushed 10 mL NS, PIV removed intact at 10:33, pressure held, band-aid.

Waste: all four vials infused in full, no drug wasted. Empty vials and tubing into sharps/biohazard container,
which is two-thirds full; pharmacy to swap on next delivery.

Post-infusion vitals 10:40: HR 78, BP 120/74, SpO2 95%. Pt tolerated the infusion well. Observed 30 min, no
reaction. Reviewed reaction signs and when to use EpiPen and call 911. Pt aware next delivery 01/20 and next visit
01/22/2026 at 09:00. Left home at 11:12.

Response to therapy (per pt and RN observation): stable, active, no exacerbations; tolerating Glassia well.

Plan: continue weekly Glassia 4,000 mg per MD order. If weight falls below 140 lb, call MD for dose review.

Colleen Byrne-Astley, RN    signed 01/15/2026 12:04
"""

D4 = """APEX HOME INFUSION SERVICES - PROFESSIONAL CLAIM (837P) PREVIEW          Batch 2026-01-16-04
Payer: Cascade Summit Health Plan      Member ID: CSH884120377      Prior auth (REF*G1): 1J48-772910
Patient: WIERZBICKI, TOMASZ     DOB 03/22/1976
Diagnosis: A. E88.01   B. J43.1

Ln  DOS        HCPCS   Mod   Dx ptr   Units   NDC (N4) / qty                   Charge
1   01/15/26   J0257   JZ    A B      400     N400944288401 UN4                $ 16,840.00
2   01/15/26   S9346         A B      1                                        $    310.00
3   01/15/26   99601         A B      1                                        $    245.00

Unit check: 4,000 mg given / 10 mg per unit = 400 units.  Waste per RN note: none -> JZ.
Prepared by: billing (T. Nakamura) 01/16/2026 08:41
"""

CHART = {
    "chart_id": "b17-003",
    "date_of_service": "2026-01-15",
    "payer": {"profile": "commercial", "name": "Cascade Summit Health Plan"},
    "prior_authorization": "1J48-772910",
    "claim_lines": [
        {"hcpcs": "J0257", "units": 400, "modifiers": ["JZ"]},
        {"hcpcs": "S9346", "units": 1, "modifiers": []},
        {"hcpcs": "99601", "units": 1, "modifiers": []},
    ],
    "documents": [
        {"id": "d1", "type": "other", "date": "2025-12-02", "text": D1},
        {"id": "d2", "type": "other", "date": "2025-12-09", "text": D2},
        {"id": "d3", "type": "progress_note", "date": "2026-01-15", "text": D3},
        {"id": "d4", "type": "other", "date": "2026-01-16", "text": D4},
    ],
}

GOLD = {
    "chart_id": "b17-003",
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
        {"kind": "serum_aat", "value": 5.1, "unit": "uM"},
        {"kind": "weight", "value": 152, "unit": "lb", "value_kg": 68.9},
        {"kind": "weight", "value": 153, "unit": "lb", "value_kg": 69.4},
        {"kind": "weight", "value": 70.2, "unit": "kg", "value_kg": 70.2},
        {"kind": "dose", "value": 4000},
        {"kind": "wastage", "value": 0},
        {"kind": "lot_number", "value": "KB52L017"},
        {"kind": "expiration_date", "value": "2026-11-30"},
        {"kind": "infusion_start", "value": "09:47"},
        {"kind": "infusion_end", "value": "10:28"},
        {"kind": "lung_disease", "value": "emphysema"},
        {"kind": "fev1", "value": 58},
        {"kind": "fev1", "value": 54},
        {"kind": "response_to_therapy"},
        {"kind": "smoking_status", "value": "never"},
        {"kind": "prior_authorization", "value": "1J48-772910"},
        {"kind": "drug_product", "value": "Glassia"},
        {"kind": "drug_product", "value": "Prolastin-C"},
    ],
    "notes": (
        "Complete. Home scale 152 lb on DOS (68.9 kg) is the nearest weight; 153 lb last week and 70.2 kg (10/2025) are "
        "historical. 4,000 mg = -3.3 % of 4,137 mg. Traps: arrival 09:05, weighing 09:20, vitals 09:24/10:00/10:15/10:40, "
        "PIV 09:31, removal 10:33, departure 11:12; EpiPen lot 5HF218 exp 05/2026; plan 'if weight falls below 140 lb'; "
        "policy criteria quoted in the LMN and the determination (11 umol/L, 80/57 mg/dL, FEV1 25-80 %); case reference "
        "CR-2025-118204 is not the authorization; brother PI*ZZ and children PI*MZ (family); Prolastin-C is historical "
        "(intolerance), DOS product Glassia billed J0257 (code_selection judged on the DOS product); legacy c.1024G>A."
    ),
}

ARITH = {
    "dos": "2026-01-15",
    "product": "Glassia",
    "weight_kg": 68.9,
    "weight_source": "home bathroom scale 152 lb x 0.45359237 = 68.95 -> 68.9 kg",
    "weight_lb": 152,
    "dose_mg": 4000,
    "target_mg": 4134.0,
    "pct_from_target": -3.24,
    "code": "J0257",
    "billing_unit_mg": 10,
    "admin_units_expected": 400,
    "admin_units_billed": 400,
    "waste_mg": 0,
    "jw_units_expected": 0,
    "jw_units_billed": 0,
    "modifier_expectation": "commercial: no JW; JZ acceptable with documented zero waste",
    "lots": [{"lot": "KB52L017", "exp": "2026-11-30"}],
    "infusion": ["09:47", "10:28"],
    "serum_method_rid": False,
}
